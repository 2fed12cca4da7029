using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Incidents;
using LiqunCompliance.Domain.Policies;
using LiqunCompliance.Domain.Register;
using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>
/// The one table of which resource prefix names an enum's values ($"Requests.Status.{status}"): pages use the prefixes
/// directly, and the audit trail looks a stored value up here to show it in the reader's language instead of its code
/// name. A test checks that every value of every enum here has a text in both languages, and that every enum an
/// audited record can hold is here.
/// </summary>
public static class EnumTextKeys
{
    public static IReadOnlyDictionary<Type, string> Prefixes { get; } = new Dictionary<Type, string>
    {
        [typeof(AuditAction)] = "Audit.Action",
        [typeof(AuditChainProblem)] = "Audit.Problem",
        [typeof(CalendarProblemKind)] = "Calendar.Problem",
        [typeof(InformationCategory)] = "Catalogue.CategoryName",
        [typeof(IncidentCategory)] = "Incidents.Category",
        [typeof(NoticeChannelKind)] = "Incidents.Channel",
        [typeof(NoticeElement)] = "Incidents.Element",
        [typeof(IncidentEventKind)] = "Incidents.Event",
        [typeof(IncidentGrade)] = "Incidents.Grade",
        [typeof(RegulatorReportKind)] = "Incidents.ReportKind",
        [typeof(ReportStatus)] = "Incidents.ReportStatus",
        [typeof(IncidentRule)] = "Incidents.Rule",
        [typeof(IncidentStatus)] = "Incidents.Status",
        [typeof(OperatorKind)] = "Incidents.Operator",
        [typeof(NoticeChannel)] = "Policies.Channel",
        [typeof(PolicyRule)] = "Policies.Rule",
        [typeof(RevisionStatus)] = "Policies.Status",
        [typeof(MajorChangeTrigger)] = "Policies.Trigger",
        [typeof(RegisterChangeKind)] = "Register.Change",
        [typeof(ReportRunState)] = "Reports.RunOutcome",
        [typeof(CollectionGroup)] = "Register.Group",
        [typeof(CollectionMethod)] = "Register.CollectionMethod",
        [typeof(EntryKind)] = "Register.Kind",
        [typeof(LegalBasis)] = "Register.LegalBasis",
        [typeof(ListChangeKind)] = "Register.ListChange",
        [typeof(RegisterRule)] = "Register.Rule",
        [typeof(EntryStatus)] = "Register.Status",
        [typeof(RequestActionKind)] = "Requests.Action",
        [typeof(RequestChannel)] = "Requests.Channel",
        [typeof(ClockStart)] = "Requests.ClockStart",
        [typeof(RequestEventKind)] = "Requests.Event",
        [typeof(FollowUpStatus)] = "Requests.FollowUpStatus",
        [typeof(CancellationPrecondition)] = "Requests.Precondition",
        [typeof(RefusalReason)] = "Requests.Refusal",
        [typeof(RequestRule)] = "Requests.Rule",
        [typeof(DeadlineKind)] = "Requests.RuleKind",
        [typeof(DeadlineStanding)] = "Requests.Standing",
        [typeof(RequestStatus)] = "Requests.Status",
        [typeof(RequestType)] = "Requests.Type",
        [typeof(VerificationMethod)] = "Requests.Verification",
        [typeof(LiqunCompliance.Domain.PrivacyCenter.ContactKind)] = "PrivacyCenter.ContactKind",
        [typeof(LiqunCompliance.Domain.Assessments.AssessmentStatus)] = "Assessments.Status",
        [typeof(LiqunCompliance.Domain.Assessments.AssessmentTrigger)] = "Assessments.Trigger",
        [typeof(LiqunCompliance.Domain.Assessments.LikelihoodLevel)] = "Assessments.Likelihood",
        [typeof(LiqunCompliance.Domain.Assessments.ImpactLevel)] = "Assessments.Impact",
        [typeof(LiqunCompliance.Domain.Assessments.RiskLevel)] = "Assessments.Risk",
        [typeof(LiqunCompliance.Domain.PrivacyCenter.ChallengePurpose)] = "PrivacyCenter.Purpose",
        [typeof(CallerKeyKind)] = "Requests.CallerKey",
        [typeof(Features.Requests.QueueView)] = "Requests.View",
    };

    /// <summary>The resource key of an enum value given by its name, or null when the type has no texts or the name is not one of its values.</summary>
    public static string? Key(Type enumType, string value)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Prefixes.TryGetValue(enumType, out var prefix) && Enum.GetNames(enumType).Contains(value, StringComparer.Ordinal)
            ? $"{prefix}.{value}"
            : null;
    }
}
