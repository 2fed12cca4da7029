using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// Works a request: every action checks the policy, applies a domain method, and saves against the version the
/// user saw, so a colleague's change in between is reported instead of overwritten.
/// </summary>
public sealed partial class RequestWorkflowService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    WorkdayCalendarService calendars,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public async Task<RequestDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await LoadAsync(db, id, tracking: false, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        return new RequestDetail(
            RequestQueryService.ToRow(request, ChinaTime.Today(clock), calendar), request.Details, request.IntakeByName, request.IntakeById,
            request.IdentityVerifiedAt, request.VerificationMethod, request.VerifiedByName, request.AssigneeId, request.Rule,
            request.CalendarWarningYears, request.EarlierRequestsInYear, request.RefusalReason, request.Outcome,
            request.AnswerSentAt, request.AnswerChannel, request.ClosedAt,
            request.Events.OrderBy(e => e.Ordinal).ToList(), request.CancellationChecks.OrderBy(c => c.Precondition).ToList(),
            request.FollowUps.OrderBy(f => f.Recipient, StringComparer.Ordinal).ToList(), request.Requester.Email is not null, request.Version);
    }

    /// <summary>Shows the requester's contact data in clear, recording who looked and when (audit trail and timeline).</summary>
    public async Task<RevealedContact?> RevealContactAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.RevealPersonalData);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await LoadAsync(db, id, tracking: true, cancellationToken);
        if (request is null)
        {
            return null;
        }

        // The timeline entry and the audit record commit together: no reveal without its record.
        request.RecordContactRevealed(currentUser.ToActor(), clock.GetUtcNow());
        AuditEventRecorder.Add(db, AuditAction.PersonalDataRevealed, nameof(PrivacyRequest), request.Id.ToString(), currentUser.Id, currentUser.Name,
            [new FieldChange("reference", null, request.Reference), new FieldChange("fields", null, "name, phone, email, accountId")]);
        await db.SaveChangesAsync(cancellationToken);
        var r = request.Requester;
        return new RevealedContact(r.Name, r.Phone, r.Email, r.AccountId, request.Version);
    }

    /// <summary>Staff who can work requests, for the assignment list.</summary>
    public async Task<IReadOnlyList<Assignee>> AssigneesAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = AccessPolicies.RolesByPolicy[AccessPolicies.WorkRequests].ToList();
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new Assignee(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    private static Task<PrivacyRequest?> LoadAsync(ComplianceDbContext db, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.PrivacyRequests.Include(r => r.Events).Include(r => r.CancellationChecks).Include(r => r.FollowUps).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Loads the request, checks the version the user saw, applies the change and saves it.</summary>
    private async Task<OperationResult> ActAsync(
        Guid id, Guid seenVersion, string policy, Action<PrivacyRequest, Actor, WorkdayCalendar, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(policy);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await LoadAsync(db, id, tracking: true, cancellationToken);
        if (request is null)
        {
            return OperationResult.Failed(text["Requests.Error.NotFound"]);
        }

        if (request.Version != seenVersion)
        {
            return Conflict(request);
        }

        try
        {
            change(request, currentUser.ToActor(), calendar, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Success;
        }
        catch (RequestRuleException refused)
        {
            return OperationResult.Failed(RequestRuleMessages.Message(text, refused.Rule));
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Failed(text["Requests.Error.Conflict", string.Empty]);
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult.Failed(message);
        }
    }

    /// <summary>Names what colleagues did since the user loaded the page, so they can decide again.</summary>
    private OperationResult Conflict(PrivacyRequest request)
    {
        var since = request.Events.OrderByDescending(e => e.Ordinal).Take(3)
            .Select(e => $"{ChinaTime.ToShanghai(e.At):HH:mm} {e.ActorName}: {text[$"Requests.Event.{e.Kind}"]}");
        return OperationResult.Failed(text["Requests.Error.Conflict", string.Join("; ", since)]);
    }
}
