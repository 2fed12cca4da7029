using System.Text.Json;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>The grading thresholds, the operator kind and the summary-report period, as the Administrator set them (defaults from design/domain.md); <paramref name="DefaultRecipient"/> is the provincial CAC's name on reports.</summary>
public sealed record IncidentSettings(GradingThresholds Thresholds, string DefaultRecipient, Guid Version, DateTimeOffset? UpdatedAt, string? UpdatedByName);

public sealed class IncidentSettingsService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    private static JsonSerializerOptions Json => JsonColumns.Options;

    /// <summary>For the services that grade and count down; no policy (callers have already checked theirs).</summary>
    public static async Task<IncidentSettings> ReadAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.IncidentSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == IncidentSettingsRecord.SingletonId, cancellationToken);
        return row is null
            ? new IncidentSettings(GradingThresholds.Default, new IncidentSettingsRecord().DefaultRecipient, Guid.Empty, null, null)
            : new IncidentSettings(JsonSerializer.Deserialize<GradingThresholds>(row.ThresholdsJson, Json) ?? GradingThresholds.Default, row.DefaultRecipient, row.Version, row.UpdatedAt, row.UpdatedByName);
    }

    public async Task<IncidentSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewIncidents);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, cancellationToken);
    }

    public async Task<OperationResult> SaveAsync(GradingThresholds thresholds, string? defaultRecipient, Guid seenVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        if (!thresholds.IsValid || string.IsNullOrWhiteSpace(defaultRecipient))
        {
            return OperationResult.Failed(text["Incidents.Settings.Invalid"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.IncidentSettings.FirstOrDefaultAsync(s => s.Id == IncidentSettingsRecord.SingletonId, cancellationToken);
        if ((row?.Version ?? Guid.Empty) != seenVersion)
        {
            return OperationResult.Failed(text["Incidents.Settings.Conflict"]);
        }

        if (row is null)
        {
            row = new IncidentSettingsRecord();
            db.IncidentSettings.Add(row);
        }

        row.ThresholdsJson = JsonSerializer.Serialize(thresholds, Json);
        row.DefaultRecipient = defaultRecipient.Trim();
        row.Version = Guid.NewGuid();
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedByName = currentUser.DisplayName;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult.Failed(message);
        }

        return OperationResult.Success;
    }
}
