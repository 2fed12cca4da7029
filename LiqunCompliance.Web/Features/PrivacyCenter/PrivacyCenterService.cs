using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>
/// The public privacy center (issue 18): a user's request waits, encrypted, until the code sent to their contact is
/// entered; only then does it become a request (channel H5) in the officers' queue. Tracking asks for the reference
/// and the same contact, and sends a code only when they match, while answering the same either way (no enumeration).
/// Contact details are never logged; codes are stored hashed.
/// </summary>
public sealed partial class PrivacyCenterService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    RequesterLookupHasher lookup,
    RequestIntakeService intake,
    CodeDelivery delivery,
    TimeProvider clock,
    IOptions<PrivacyCenterOptions> options,
    IStringLocalizer<SharedResource> text,
    ILogger<PrivacyCenterService> logger)
{
    /// <summary>The owner of the privacy center's submission claims (one request per verified challenge).</summary>
    public static readonly Guid ClaimOwner = new("00000000-0000-0000-0000-00000000c0c0");

    private const string ClaimBody = "privacy-center";

    /// <summary>Checks the form and sends a code to the contact given; the submission waits for it.</summary>
    /// <returns>The challenge to enter the code for.</returns>
    public async Task<OperationResult<Guid>> StartSubmissionAsync(PrivacyRequestForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var type = ParseType(form.Type, errors);
        var contact = CheckContact(form.ContactKind, form.Contact, errors);
        var name = CheckText(form.Name, Requester.MaxLength, nameof(form.Name), errors);
        var accountId = CheckText(form.AccountId, Requester.MaxLength, nameof(form.AccountId), errors);
        var details = CheckText(form.Details, PrivacyRequestForm.MaxDetailsLength, nameof(form.Details), errors, multiline: true);
        string? relationship = null;
        if (type is { } t && RequestTopics.NeedsRelationship(t))
        {
            relationship = CheckText(form.Relationship, PrivacyRequestForm.MaxRelationshipLength, nameof(form.Relationship), errors);
            if (relationship is null && !errors.ContainsKey(nameof(form.Relationship)))
            {
                errors[nameof(form.Relationship)] = text["PrivacyCenter.Error.Relationship"];
            }

            if (!form.ProofToFollow)
            {
                errors[nameof(form.ProofToFollow)] = text["PrivacyCenter.Error.ProofToFollow"];
            }
        }

        if (errors.Count > 0 || type is null || contact is null)
        {
            return OperationResult<Guid>.Invalid(errors);
        }

        var pending = new PendingSubmission(type.Value, contact.Value.Kind, contact.Value.Value, name, accountId,
            OfficeDetails(details, relationship), CultureInfo.CurrentUICulture.Name);
        return await IssueAsync(ChallengePurpose.Submit, contact.Value.Kind, contact.Value.Value, JsonSerializer.Serialize(pending), null, send: true, cancellationToken);
    }

    /// <summary>
    /// Starts tracking: a code goes to the contact only when the reference and the contact belong together; the answer
    /// (a challenge to enter a code for) is the same either way, and a code entered for a mismatch is simply wrong.
    /// </summary>
    public async Task<OperationResult<Guid>> StartTrackingAsync(TrackForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var reference = form.Reference?.Trim().ToUpperInvariant();
        if (reference is null || !ReferencePattern().IsMatch(reference))
        {
            errors[nameof(form.Reference)] = text["PrivacyCenter.Error.Reference"];
        }

        var contact = CheckContact(form.ContactKind, form.Contact, errors);
        if (errors.Count > 0 || contact is null)
        {
            return OperationResult<Guid>.Invalid(errors);
        }

        var hash = await ContactLookupAsync(contact.Value.Kind, contact.Value.Value, cancellationToken);
        Guid? match;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var candidates = db.PrivacyRequests.AsNoTracking().Where(r => r.Reference == reference);
            candidates = contact.Value.Kind == ContactKind.Email ? candidates.Where(r => r.EmailLookup == hash) : candidates.Where(r => r.PhoneLookup == hash);
            match = await candidates.Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return await IssueAsync(ChallengePurpose.Track, contact.Value.Kind, contact.Value.Value, null, match, send: match is not null, cancellationToken);
    }

    /// <summary>
    /// Checks a typed code. A verified submission becomes its request (once: entering the code again gives the same
    /// reference); a verified tracking code names the request whose status may be shown.
    /// </summary>
    public async Task<CodeCheck> CheckCodeAsync(Guid challengeId, string? typed, CancellationToken cancellationToken = default)
    {
        var code = OneTimeCode.Normalise(typed);
        if (code is null)
        {
            return new CodeCheck(ChallengeOutcome.WrongCode, null, 0, Malformed: true);
        }

        var hash = await lookup.CodeHasherAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var challenge = await db.ContactChallenges.FirstOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
            if (challenge is null)
            {
                return new CodeCheck(ChallengeOutcome.Expired, null, 0);
            }

            var outcome = challenge.Verify(hash(challenge.Id, code), clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                continue; // another check of the same challenge saved first: count this one on the fresh row
            }

            if (outcome is not (ChallengeOutcome.Verified or ChallengeOutcome.AlreadyVerified))
            {
                return new CodeCheck(outcome, challenge.Purpose, challenge.AttemptsLeft);
            }

            return challenge.Purpose == ChallengePurpose.Track
                ? new CodeCheck(ChallengeOutcome.Verified, ChallengePurpose.Track, 0, RequestId: challenge.RequestId)
                : await BecomeRequestAsync(challenge, cancellationToken);
        }
    }

    /// <summary>What the user may see of their request: its reference, status, due date once the clock runs, and whether the answer letter is ready.</summary>
    public async Task<TrackedRequest?> TrackedAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.PrivacyRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Reference, r.Status, r.DueDate }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new TrackedRequest(found.Reference, found.Status, found.DueDate, RequestWorkflow.IsAnswered(found.Status));
    }

    private async Task<CodeCheck> BecomeRequestAsync(ContactChallenge challenge, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (challenge.RequestId is { } made)
        {
            var reference = await db.PrivacyRequests.AsNoTracking().Where(r => r.Id == made).Select(r => r.Reference).FirstAsync(cancellationToken);
            return new CodeCheck(ChallengeOutcome.Verified, ChallengePurpose.Submit, 0, Reference: reference);
        }

        var pending = JsonSerializer.Deserialize<PendingSubmission>(challenge.Payload ?? "null")
            ?? throw new InvalidOperationException("A verified submission has lost its content.");
        var form = new IntakeForm
        {
            Type = pending.Type,
            Name = pending.Name,
            Phone = pending.ContactKind == ContactKind.Phone ? pending.Contact : null,
            Email = pending.ContactKind == ContactKind.Email ? pending.Contact : null,
            AccountId = pending.AccountId,
            Details = pending.Details,
        };
        var claim = new SubmissionClaim(ClaimOwner, $"challenge:{challenge.Id:N}", ClaimBody);
        var result = await intake.IntakeFromPrivacyCenterAsync(form, challenge.ContactKind, challenge.VerifiedAt!.Value, claim, cancellationToken);
        if (!result.Succeeded || result.Value is not { } receipt)
        {
            return new CodeCheck(ChallengeOutcome.Verified, ChallengePurpose.Submit, 0, Error: result.Error ?? text["PrivacyCenter.Error.NotRecorded"]);
        }

        var stored = await db.ContactChallenges.FirstAsync(c => c.Id == challenge.Id, cancellationToken);
        var requestId = receipt.Id ?? await db.PrivacyRequests.AsNoTracking().Where(r => r.Reference == receipt.Reference).Select(r => r.Id).FirstAsync(cancellationToken);
        if (stored.RequestId is null)
        {
            stored.BecameRequest(requestId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A simultaneous check recorded the same request first (the claim made sure there is only one).
            }
        }

        return new CodeCheck(ChallengeOutcome.Verified, ChallengePurpose.Submit, 0, Reference: receipt.Reference);
    }

    private async Task<OperationResult<Guid>> IssueAsync(ChallengePurpose purpose, ContactKind kind, string contact, string? payload, Guid? requestId, bool send, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var contactLookup = await ContactLookupAsync(kind, contact, cancellationToken)
            ?? throw new InvalidOperationException("A checked contact has no lookup.");
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-settings.ContactWindowMinutes);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recent = await db.ContactChallenges.CountAsync(c => c.ContactLookup == contactLookup && c.IssuedAt >= since, cancellationToken);
        if (recent >= settings.CodesPerContact)
        {
            return OperationResult<Guid>.Failed(OperationFailure.Busy, text["PrivacyCenter.Error.TooManyCodes", settings.ContactWindowMinutes]);
        }

        var code = OneTimeCode.Generate();
        var challenge = ContactChallenge.Issue(purpose, kind, contactLookup, code, await lookup.CodeHasherAsync(cancellationToken), now, payload, requestId);
        db.ContactChallenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        if (send)
        {
            try
            {
                await delivery.SendAsync(kind, contact, code, purpose, cancellationToken);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException or UnauthorizedAccessException)
            {
                // The contact is personal data: the log names the challenge and the failure only.
                logger.LogWarning("The code for privacy-center challenge {Challenge} could not be sent ({Kind}): {Failure}", challenge.Id, kind, e.GetType().Name);
                return OperationResult<Guid>.Failed(OperationFailure.Busy, text["PrivacyCenter.Error.NotSent"]);
            }
        }

        return OperationResult.Done(challenge.Id);
    }

    private Task<string?> ContactLookupAsync(ContactKind kind, string contact, CancellationToken cancellationToken) =>
        kind == ContactKind.Email
            ? lookup.HashAsync(CallerKeyKind.Email, CallerSearch.Email(contact), cancellationToken)
            : lookup.HashAsync(CallerKeyKind.Phone, CallerSearch.Phone(contact), cancellationToken);

    private RequestType? ParseType(string? value, Dictionary<string, string> errors)
    {
        if (Enum.TryParse<RequestType>(value, ignoreCase: false, out var type) && Enum.IsDefined(type) && RequestTopics.Offers(type)
            && !int.TryParse(value, out _))
        {
            return type;
        }

        errors[nameof(PrivacyRequestForm.Type)] = text["PrivacyCenter.Error.Type"];
        return null;
    }

    private (ContactKind Kind, string Value)? CheckContact(string? kindText, string? value, Dictionary<string, string> errors)
    {
        if (!Enum.TryParse<ContactKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            errors[nameof(PrivacyRequestForm.ContactKind)] = text["PrivacyCenter.Error.ContactKind"];
            return null;
        }

        var contact = value?.Trim();
        if (string.IsNullOrEmpty(contact))
        {
            errors[nameof(PrivacyRequestForm.Contact)] = text[$"PrivacyCenter.Error.Contact.{kind}.Missing"];
            return null;
        }

        var valid = contact.Length <= Requester.MaxLength && PlainText.IsClean(contact) && (kind == ContactKind.Phone
            ? Requester.IsPhone(contact)
            : System.Net.Mail.MailAddress.TryCreate(contact, out var address) && address.Address == contact);
        if (!valid)
        {
            errors[nameof(PrivacyRequestForm.Contact)] = text[$"PrivacyCenter.Error.Contact.{kind}"];
            return null;
        }

        return (kind, contact);
    }

    private string? CheckText(string? value, int maxLength, string field, Dictionary<string, string> errors, bool multiline = false)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null)
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors[field] = text["PrivacyCenter.Error.TooLong", maxLength];
            return null;
        }

        if (!PlainText.IsClean(trimmed, multiline))
        {
            errors[field] = text["PrivacyCenter.Error.NotPlainText"];
            return null;
        }

        return trimmed;
    }

    /// <summary>The details as the office reads them: a next of kin's relationship first, in the office's language (zh-CN).</summary>
    private string OfficeDetails(string? details, string? relationship)
    {
        if (relationship is null)
        {
            return details ?? string.Empty;
        }

        using var office = CultureScope.Use(LocalizationExtensions.DefaultCulture);
        var header = $"{text["PrivacyCenter.Office.Relationship", relationship]}\n{text["PrivacyCenter.Office.ProofToFollow"]}";
        return details is null ? header : $"{header}\n\n{details}";
    }

    [GeneratedRegex(@"^LQ-\d{4}-\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
