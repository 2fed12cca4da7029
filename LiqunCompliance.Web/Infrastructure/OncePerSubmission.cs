using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// One form shown, one record: a create made from a staff form claims the form's submission id in the same
/// transaction as the record it adds (<see cref="SubmissionClaims"/>). A double click, a retry after a slow answer or
/// two simultaneous posts of the same form find the first record instead of making a second, and say so
/// (<see cref="OperationResult.Repeated"/>). The API's Idempotency-Key is the same mechanism with its own answer.
/// </summary>
public static class OncePerSubmission
{
    /// <param name="form">Names the form, so ids of two forms never meet ("incident-form", "policy-draft").</param>
    /// <param name="submissionId">One per form shown; null creates without a claim (callers other than forms).</param>
    /// <param name="text">For the message of a save refused before anything was written (<see cref="SaveRefusal"/>).</param>
    /// <param name="add">Validates and adds the record to the context without saving; returns its id or why nothing is added.</param>
    public static async Task<OperationResult<Guid>> CreateAsync(
        IDbContextFactory<ComplianceDbContext> dbFactory, string form, Guid? submissionId, DateTimeOffset now,
        Func<ComplianceDbContext, Task<OperationResult<Guid>>> add, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbFactory);
        ArgumentNullException.ThrowIfNull(add);
        var key = submissionId is { } id ? $"{form}:{id:N}" : null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (key is not null && await FirstAsync(db, key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var added = await add(db);
        if (!added.Succeeded)
        {
            // The same form, posted at the same moment, may have committed between the look-up above and the checks
            // in add (which then see its record, e.g. "this label is taken"): its record is the answer, not the refusal.
            return key is not null && await EarlierAsync(dbFactory, key, cancellationToken) is { } meanwhile ? meanwhile : added;
        }

        if (key is not null)
        {
            SubmissionClaims.Add(db, SubmissionClaim.StaffForms, key, string.Empty, added.Value.ToString(), now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return added;
        }
        catch (Exception refused) when (SaveRefusal.Message(text, refused) is { } message)
        {
            return OperationResult<Guid>.Failed(refused is Data.Interceptors.WritePathBusyException ? OperationFailure.Busy : OperationFailure.Refused, message);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same form was posted at the same moment and committed first (the claim's key refused this one, and
            // the record went with it): that record is the answer.
            return await EarlierAsync(dbFactory, key, cancellationToken) ?? throw new InvalidOperationException("A refused claim has no earlier submission.");
        }
    }

    private static async Task<OperationResult<Guid>?> EarlierAsync(IDbContextFactory<ComplianceDbContext> dbFactory, string key, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FirstAsync(fresh, key, cancellationToken);
    }

    private static async Task<OperationResult<Guid>?> FirstAsync(ComplianceDbContext db, string key, CancellationToken cancellationToken) =>
        await SubmissionClaims.FindAsync(db, SubmissionClaim.StaffForms, key, cancellationToken) is { } earlier
            ? OperationResult.Done(Guid.Parse(earlier.ResponseJson)) with { Repeated = true }
            : null;
}
