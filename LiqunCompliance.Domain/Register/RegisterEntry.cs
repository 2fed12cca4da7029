namespace LiqunCompliance.Domain.Register;

/// <summary>
/// An SDK, permission use or partner in the register, with its guarded changes. Each change validates what it changes
/// and nothing else: an entry that holds a catalogue item retired since can still be reviewed, suspended, retired or
/// reactivated (the item is flagged, see <see cref="RetiredItemsHeld"/>); only an edit that adds a retired item is refused.
/// A change that is refused throws <see cref="RegisterRuleException"/> and leaves the entry as it was.
/// </summary>
public sealed class RegisterEntry
{
    private RegisterEntry(RegisterEntryData data, DateOnly? lastReviewedOn, string? lastReviewedByName)
    {
        Data = data;
        LastReviewedOn = lastReviewedOn;
        LastReviewedByName = lastReviewedByName;
    }

    /// <summary>The entry as it stands (what a version of its history keeps).</summary>
    public RegisterEntryData Data { get; private set; }

    public DateOnly? LastReviewedOn { get; private set; }

    public string? LastReviewedByName { get; private set; }

    public EntryStatus Status => Data.Status;

    /// <summary>A new entry, normalised and validated as a whole.</summary>
    public static RegisterEntry Create(RegisterEntryData data, Func<string, PersonalInformationItem?> catalogue)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tidy = Normalise(data) with { Status = EntryStatus.Active, RetiredReason = null };
        Refuse(RegisterEntryRules.Validate(tidy, catalogue, alreadyHeld: []));
        return new RegisterEntry(tidy, null, null);
    }

    /// <summary>An entry as stored (its last review kept apart from the data).</summary>
    public static RegisterEntry Restore(RegisterEntryData data, DateOnly? lastReviewedOn, string? lastReviewedByName)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new RegisterEntry(data, lastReviewedOn, lastReviewedByName);
    }

    /// <summary>Changes the facts (not the status): the whole entry is validated, but an item it already held may since have been retired.</summary>
    /// <returns>False when nothing changed (blanks and order aside), so no version is recorded.</returns>
    public bool Edit(RegisterEntryData proposed, Func<string, PersonalInformationItem?> catalogue)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var tidy = Normalise(proposed) with { Status = Data.Status, RetiredReason = Data.RetiredReason };
        Refuse(RegisterEntryRules.Validate(tidy, catalogue, alreadyHeld: Data.InformationItems));
        if (RegisterDiff.Compare(Data, tidy).Count == 0)
        {
            return false;
        }

        Data = tidy;
        return true;
    }

    /// <summary>Reviewed today by <paramref name="byName"/>; the next review must be after today and not before the contract.</summary>
    public void MarkReviewed(DateOnly nextReview, DateOnly today, string byName)
    {
        if (Status == EntryStatus.Retired)
        {
            throw new RegisterRuleException(RegisterRule.IllegalTransition);
        }

        if (nextReview <= today)
        {
            throw new RegisterRuleException(RegisterRule.ReviewDateNotInFuture);
        }

        if (Data.ContractSignedOn is { } signed && nextReview < signed)
        {
            throw new RegisterRuleException(RegisterRule.ReviewBeforeContract);
        }

        Data = Data with { NextReviewOn = nextReview };
        LastReviewedOn = today;
        LastReviewedByName = byName;
    }

    public void Suspend()
    {
        if (Status != EntryStatus.Active)
        {
            throw new RegisterRuleException(RegisterRule.IllegalTransition);
        }

        Data = Data with { Status = EntryStatus.Suspended };
    }

    /// <summary>No longer used; stays readable with its history. The reason is required.</summary>
    public void Retire(string? reason)
    {
        if (Status == EntryStatus.Retired)
        {
            throw new RegisterRuleException(RegisterRule.IllegalTransition);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RegisterRuleException(RegisterRule.RetiredWithoutReason);
        }

        Data = Data with { Status = EntryStatus.Retired, RetiredReason = reason.Trim() };
    }

    public void Reactivate()
    {
        if (Status == EntryStatus.Active)
        {
            throw new RegisterRuleException(RegisterRule.IllegalTransition);
        }

        Data = Data with { Status = EntryStatus.Active, RetiredReason = null };
    }

    /// <summary>The catalogue items it holds that have been retired since: shown as a warning to edit them out.</summary>
    public IReadOnlyList<string> RetiredItemsHeld(Func<string, PersonalInformationItem?> catalogue) =>
        RegisterEntryRules.RetiredItemsHeld(Data, catalogue);

    /// <summary>Text trimmed, blanks as nulls, items once each in order: "  " and "" are not a change.</summary>
    public static RegisterEntryData Normalise(RegisterEntryData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e with
        {
            Name = e.Name?.Trim() ?? string.Empty,
            Provider = e.Provider?.Trim() ?? string.Empty,
            Purpose = e.Purpose?.Trim() ?? string.Empty,
            Scenario = e.Scenario?.Trim() ?? string.Empty,
            InformationItems = e.InformationItems.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            AndroidPermissions = Trim(e.AndroidPermissions),
            IosPermissions = Trim(e.IosPermissions),
            SharingMethod = Trim(e.SharingMethod),
            PrivacyPolicyUrl = Trim(e.PrivacyPolicyUrl),
            CrossBorderDestination = e.CrossBorder ? Trim(e.CrossBorderDestination) : null,
            CrossBorderSafeguard = e.CrossBorder ? Trim(e.CrossBorderSafeguard) : null,
            Retention = Trim(e.Retention),
            Owner = Trim(e.Owner),
            RetiredReason = e.Status == EntryStatus.Retired ? Trim(e.RetiredReason) : null,
        };
    }

    private static void Refuse(IReadOnlyList<RegisterRule> problems)
    {
        if (problems.Count > 0)
        {
            throw new RegisterEntryRejectedException(problems);
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An entry refused for one or more rules at once, so that a form can mark every field.</summary>
public sealed class RegisterEntryRejectedException(IReadOnlyList<RegisterRule> rules) : Exception($"Register entry refused: {string.Join(", ", rules)}")
{
    public IReadOnlyList<RegisterRule> Rules { get; } = rules;
}
