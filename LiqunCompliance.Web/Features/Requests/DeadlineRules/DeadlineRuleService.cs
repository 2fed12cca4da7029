using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests.DeadlineRules;

/// <summary>The deadline rule for each request type. A change applies to requests received afterwards only.</summary>
public sealed class DeadlineRuleService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>The rule a new request of <paramref name="type"/> gets (the stored setting, else the default).</summary>
    public async Task<DeadlineRule> RuleForAsync(RequestType type, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var setting = await db.DeadlineRules.AsNoTracking().FirstOrDefaultAsync(r => r.RequestType == type, cancellationToken);
        return setting?.ToRule() ?? DefaultDeadlineRules.For(type);
    }

    public async Task<IReadOnlyList<DeadlineRuleSetting>> AllAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.Staff);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.DeadlineRules.AsNoTracking().ToDictionaryAsync(r => r.RequestType, cancellationToken);
        return Enum.GetValues<RequestType>().Select(type => stored.TryGetValue(type, out var setting) ? setting : Default(type)).ToList();
    }

    /// <param name="longerConfirmed">The administrator confirmed a rule longer than the policy promises (<see cref="DeadlineRule.IsLongerThanPromised"/>).</param>
    /// <remarks>Out-of-range values are refused with the allowed range, never clamped.</remarks>
    public async Task<OperationResult> UpdateAsync(RequestType type, DeadlineRule rule, bool longerConfirmed = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        await guard.DemandAsync(AccessPolicies.ManageSettings);
        if (!rule.IsValid)
        {
            return OperationResult.Invalid(new Dictionary<string, string> { [nameof(DeadlineRule.Days)] = text["DeadlineRules.Error.Days", DeadlineRule.MaxDays] });
        }

        if (rule.IsLongerThanPromised(type) && !longerConfirmed)
        {
            var promise = DefaultDeadlineRules.For(type);
            return OperationResult.Failed(OperationFailure.NeedsConfirmation, text["DeadlineRules.LongerThanPromised",
                text[$"Requests.Type.{type}"], promise.Days, text[$"Requests.RuleKind.{promise.Kind}"], text[$"Requests.ClockStart.{promise.Start}"]]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var setting = await db.DeadlineRules.FirstOrDefaultAsync(r => r.RequestType == type, cancellationToken);
        if (setting is null)
        {
            setting = new DeadlineRuleSetting { RequestType = type };
            db.DeadlineRules.Add(setting);
        }

        setting.Kind = rule.Kind;
        setting.Days = rule.Days;
        setting.Start = rule.Start;
        setting.UpdatedAt = clock.GetUtcNow();
        setting.UpdatedBy = currentUser.Name;
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    private static DeadlineRuleSetting Default(RequestType type)
    {
        var rule = DefaultDeadlineRules.For(type);
        return new DeadlineRuleSetting { RequestType = type, Kind = rule.Kind, Days = rule.Days, Start = rule.Start, UpdatedBy = string.Empty };
    }
}
