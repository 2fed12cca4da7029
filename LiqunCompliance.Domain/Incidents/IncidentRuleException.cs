namespace LiqunCompliance.Domain.Incidents;

public enum IncidentRule
{
    TitleRequired,
    TimeInFuture,
    OccurredAfterDiscovery,
    ContainedBeforeDiscovery,
    ResolvedBeforeContainment,
    IllegalTransition,
    CloseNeedsContainmentAndResolution,
    ReasonRequired,
    ReportBeforeDiscovery,
    RecipientRequired,
    PeopleRangeInvalid,
    JustificationRequired,
    TemplateIncomplete,
    NoRecipients,
    TextTooLong,
}

public sealed class IncidentRuleException : Exception
{
    public IncidentRuleException(IncidentRule rule, string? detail = null)
        : base($"Incident rule violated: {rule} {detail}")
    {
        Rule = rule;
        Detail = detail;
    }

    public IncidentRuleException()
        : this(IncidentRule.IllegalTransition)
    {
    }

    public IncidentRuleException(string message)
        : base(message)
    {
    }

    public IncidentRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IncidentRule Rule { get; }

    /// <summary>E.g. the missing elements of a template.</summary>
    public string? Detail { get; }
}
