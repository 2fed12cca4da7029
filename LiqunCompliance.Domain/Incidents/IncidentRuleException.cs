using LiqunCompliance.Domain.Common;

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
    ReportNeedsInitial,
    SummaryNeedsResolution,
    SummaryAlreadySent,
    DraftAlreadyOpen,
    ReportAlreadySent,
    ReportFieldsMissing,
    GradeNotConfirmed,
    ReportNotFound,
}

public sealed class IncidentRuleException : DomainRuleException<IncidentRule>
{
    public IncidentRuleException(IncidentRule rule, string? detail = null)
        : base(rule, detail)
    {
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
}
