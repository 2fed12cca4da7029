using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Domain.Assessments;

/// <summary>
/// Which Art. 55 cases a change to a register entry brings about (issue 19 §2), so that an assessment is proposed for
/// the officer before the entry is activated: it now receives sensitive personal information it did not; it now
/// receives personal information it did not before, as a recipient (entrusted processing or providing to others); or it
/// now transfers abroad. A retired entry raises nothing.
/// </summary>
public static class AssessmentTriggers
{
    /// <param name="before">The entry as it was; null for a new entry.</param>
    /// <param name="isSensitive">Whether a catalogue item (by code) is sensitive personal information.</param>
    public static IReadOnlyList<AssessmentTrigger> Detect(RegisterEntryData? before, RegisterEntryData after, Func<string, bool> isSensitive)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(isSensitive);
        if (after.Status == EntryStatus.Retired)
        {
            return [];
        }

        var found = new List<AssessmentTrigger>();
        var earlier = new HashSet<string>(before?.InformationItems ?? [], StringComparer.OrdinalIgnoreCase);
        var added = after.InformationItems.Where(code => !earlier.Contains(code)).ToList();
        if (added.Any(isSensitive))
        {
            found.Add(AssessmentTrigger.SensitiveInformation);
        }

        var recipient = EntryKinds.IsRecipient(after.Kind);
        var newRecipient = recipient && (before is null || !EntryKinds.IsRecipient(before.Kind));
        if (recipient && (added.Count > 0 || (newRecipient && after.InformationItems.Count > 0)))
        {
            found.Add(IsEntrusted(after.Kind) ? AssessmentTrigger.EntrustedProcessing : AssessmentTrigger.ProvidingToOthers);
        }

        if (after.CrossBorder && before?.CrossBorder != true)
        {
            found.Add(AssessmentTrigger.CrossBorderTransfer);
        }

        return found;
    }

    /// <summary>
    /// Suppliers of infrastructure technology and data processing (policy 三.(一)3(1)) process on Liqun's behalf: entrusted
    /// processing. Every other recipient kind receives the data as another processor: providing to others.
    /// </summary>
    public static bool IsEntrusted(EntryKind kind) => kind == EntryKind.TechnologySupplier;

    /// <summary>The article of PIPL each case comes from, for the report and the screens ("55(3)").</summary>
    public static string Article(AssessmentTrigger trigger) => trigger switch
    {
        AssessmentTrigger.SensitiveInformation => "55(1)",
        AssessmentTrigger.AutomatedDecisionMaking => "55(2)",
        AssessmentTrigger.EntrustedProcessing or AssessmentTrigger.ProvidingToOthers or AssessmentTrigger.Publishing => "55(3)",
        AssessmentTrigger.CrossBorderTransfer => "55(4)",
        AssessmentTrigger.OtherMajorImpact => "55(5)",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
