using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Features.Requests.DeadlineRules;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// Records a new request, from the intake page or the API: validates it, gives it a reference and the
/// current deadline rule, flags repeats from the same account within the repeat window (a setting, 12 months by default), and starts the clock when due.
/// </summary>
public sealed class RequestIntakeService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    WorkdayCalendarService calendars,
    DeadlineRuleService rules,
    AccountLookupHasher lookup,
    ReferenceAllocator references,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text,
    Microsoft.Extensions.Options.IOptions<RequestIntakeOptions> options)
{
    public const string ReferencePrefix = "LQ";

    /// <summary>Intake by a member of staff (hotline, e-mail, letter).</summary>
    /// <exception cref="UnauthorizedAccessException">The user may not record requests.</exception>
    public async Task<IntakeResult> IntakeAsync(IntakeForm form, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.IntakeRequests);
        return await ReceiveAsync(form, currentUser.ToActor(), submittedByClient: null, cancellationToken);
    }

    /// <summary>Intake by an API client already authenticated by its key.</summary>
    public Task<IntakeResult> IntakeFromApiAsync(IntakeForm form, Guid clientId, string clientName, CancellationToken cancellationToken = default) =>
        ReceiveAsync(form, RequestActors.ForApiClient(clientName), clientId, cancellationToken);

    private async Task<IntakeResult> ReceiveAsync(IntakeForm form, Actor actor, Guid? submittedByClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Enum.IsDefined(form.Type))
        {
            errors["type"] = text["Requests.Error.Type"];
        }

        if (!Enum.IsDefined(form.Channel))
        {
            errors["channel"] = text["Requests.Error.Channel"];
        }

        var now = clock.GetUtcNow();
        var receivedAt = form.ReceivedAt ?? now;
        Requester? requester = null;
        try
        {
            requester = Requester.Create(form.Name, form.Phone, form.Email, form.AccountId);
        }
        catch (RequestRuleException refused)
        {
            errors[RequestRuleMessages.Field(refused.Rule)] = RequestRuleMessages.Message(text, refused.Rule);
        }

        foreach (var broken in IntakeRules.Check(form.Details, receivedAt, form.IdentityVerifiedAt, now))
        {
            errors[RequestRuleMessages.Field(broken)] = RequestRuleMessages.Message(text, broken);
        }

        if (errors.Count > 0 || requester is null)
        {
            return new IntakeResult(false, errors);
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var rule = await rules.RuleForAsync(form.Type, cancellationToken);
        var accountLookup = await lookup.HashAsync(requester.AccountId, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var windowStart = RepeatRequests.WindowStart(receivedAt, options.Value.RepeatWindowMonths);
        var earlier = accountLookup is null ? 0 : await db.PrivacyRequests.CountAsync(
            r => r.AccountLookup == accountLookup && r.ReceivedAt >= windowStart && r.ReceivedAt <= receivedAt, cancellationToken);
        var reference = await NextReferenceAsync(db, now, cancellationToken);
        var request = PrivacyRequest.Receive(reference, form.Type, form.Channel, requester, form.Details, receivedAt, rule,
            accountLookup, earlier, actor, calendar, now);
        if (form.IdentityVerifiedAt is { } at)
        {
            request.VerifyIdentity(VerificationMethod.AccountLogin, at, actor, calendar, now);
        }

        db.PrivacyRequests.Add(request);
        db.Entry(request).Property(Data.Configurations.PrivacyRequestConfiguration.SubmittedByClientId).CurrentValue = submittedByClient;
        await db.SaveChangesAsync(cancellationToken);
        return new IntakeResult(true, new Dictionary<string, string>(), request.Id, request.Reference, request.Status, request.DueDate,
            request.Rule.ToString(), request.CalendarWarning, request.IsRepeat);
    }

    /// <summary>LQ-2026-000042: the year (Shanghai) and a running number within it.</summary>
    /// <remarks>The number is taken in the save's transaction (<see cref="ReferenceAllocator"/>): a burst of intakes gets consecutive references.</remarks>
    private async Task<string> NextReferenceAsync(ComplianceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var series = $"{ReferencePrefix}-{ChinaTime.ToShanghai(now).Year.ToString(CultureInfo.InvariantCulture)}";
        var prefix = series + "-";
        var number = await references.TakeAsync(db, series, async ct =>
        {
            var last = await db.PrivacyRequests.AsNoTracking()
                .Where(r => r.Reference.StartsWith(prefix))
                .OrderByDescending(r => r.Reference)
                .Select(r => r.Reference)
                .FirstOrDefaultAsync(ct);
            return last is null ? 0 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture);
        }, cancellationToken);
        return prefix + number.ToString("D6", CultureInfo.InvariantCulture);
    }
}
