using System.Globalization;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.PrivacyCenter;
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
    RequesterLookupHasher lookup,
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
    public async Task<OperationResult<IntakeReceipt>> IntakeAsync(IntakeForm form, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.IntakeRequests);
        ArgumentNullException.ThrowIfNull(form);
        var claim = new SubmissionClaim(SubmissionClaim.StaffForms, $"form:{form.SubmissionId:N}", string.Empty);
        return await ReceiveAsync(form, currentUser.ToActor(), submittedByClient: null, claim, cancellationToken);
    }

    /// <summary>Intake by an API client already authenticated by its key.</summary>
    /// <param name="claim">The client's Idempotency-Key, claimed in the same transaction as the request it creates.</param>
    public Task<OperationResult<IntakeReceipt>> IntakeFromApiAsync(IntakeForm form, Guid clientId, string clientName, SubmissionClaim? claim = null, CancellationToken cancellationToken = default) =>
        ReceiveAsync(form, RequestActors.ForApiClient(clientName), clientId, claim, cancellationToken);

    /// <summary>
    /// Intake of a submission from the public privacy center, once the user proved control of the contact by a code
    /// (channel H5). The proof is recorded on the request; identity is still verified by an officer, and the clock starts then.
    /// </summary>
    /// <param name="claim">The submission's challenge, claimed with the request: a repeated verification gives the same request.</param>
    public Task<OperationResult<IntakeReceipt>> IntakeFromPrivacyCenterAsync(IntakeForm form, ContactKind verifiedContact, DateTimeOffset verifiedAt, SubmissionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Channel = RequestChannel.H5;
        form.IdentityVerifiedAt = null;
        return ReceiveAsync(form, RequestActors.PrivacyCenter, submittedByClient: null, claim, cancellationToken,
            request => request.RecordContactVerified(verifiedContact, verifiedAt, RequestActors.PrivacyCenter));
    }

    private async Task<OperationResult<IntakeReceipt>> ReceiveAsync(IntakeForm form, Actor actor, Guid? submittedByClient, SubmissionClaim? claim, CancellationToken cancellationToken,
        Action<PrivacyRequest>? afterReceipt = null)
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
            return OperationResult<IntakeReceipt>.Invalid(errors);
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var rule = await rules.RuleForAsync(form.Type, cancellationToken);
        var lookups = await lookup.LookupsAsync(requester, cancellationToken);
        var accountLookup = lookups.Account;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (claim is not null && await EarlierAsync(db, claim, cancellationToken) is { } first)
        {
            return first;
        }

        var windowStart = RepeatRequests.WindowStart(receivedAt, options.Value.RepeatWindowMonths);
        var earlier = accountLookup is null ? 0 : await db.PrivacyRequests.CountAsync(
            r => r.AccountLookup == accountLookup && r.ReceivedAt >= windowStart && r.ReceivedAt <= receivedAt, cancellationToken);
        var reference = await NextReferenceAsync(db, now, cancellationToken);
        var request = PrivacyRequest.Receive(reference, form.Type, form.Channel, requester, form.Details, receivedAt, rule,
            lookups, earlier, actor, calendar, now);
        afterReceipt?.Invoke(request);
        if (form.IdentityVerifiedAt is { } at)
        {
            request.VerifyIdentity(VerificationMethod.AccountLogin, at, actor, calendar, now);
        }

        db.PrivacyRequests.Add(request);
        db.Entry(request).Property(Data.Configurations.PrivacyRequestConfiguration.SubmittedByClientId).CurrentValue = submittedByClient;
        var receipt = new IntakeReceipt(request.Id, request.Reference, request.Status, request.DueDate,
            request.Rule.ToString(), request.CalendarWarning, request.IsRepeat);
        if (claim is not null)
        {
            SubmissionClaims.Add(db, claim.Owner, claim.Key, claim.BodyHash, Api.IntakeAnswer.Json(receipt), now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (claim is not null)
        {
            // A simultaneous submission with the same key committed first (the claim's primary key refused this one,
            // and the request went with it): its request is the answer.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await EarlierAsync(fresh, claim, cancellationToken) ?? throw new InvalidOperationException("A refused claim has no earlier submission.");
        }

        return OperationResult.Done(receipt);
    }

    /// <summary>The first submission under this claim's key, as this intake's answer; null when the key is new.</summary>
    private async Task<OperationResult<IntakeReceipt>?> EarlierAsync(ComplianceDbContext db, SubmissionClaim claim, CancellationToken cancellationToken)
    {
        var earlier = await SubmissionClaims.FindAsync(db, claim.Owner, claim.Key, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        if (!string.Equals(earlier.BodyHash, claim.BodyHash, StringComparison.Ordinal))
        {
            return OperationResult<IntakeReceipt>.Failed(OperationFailure.KeyReused, text["Api.Error.IdempotencyReused"]);
        }

        var reference = Api.IntakeAnswer.ReferenceOf(earlier.ResponseJson);
        var id = await db.PrivacyRequests.AsNoTracking().Where(r => r.Reference == reference).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return OperationResult.Done(new IntakeReceipt(id, reference!, FirstAnswer: earlier.ResponseJson)) with { Repeated = true };
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
