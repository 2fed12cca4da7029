namespace LiqunCompliance.Web.Features.Home;

/// <summary>What is waiting for the signed-in user. A section is null when the user's roles do not cover it.</summary>
public sealed record HomeSummary(
    AccountSummary Account,
    AdministrationSummary? Administration,
    AuditSummary? Audit,
    Requests.RequestCounters? Requests,
    CalendarSummary? Calendar,
    IReadOnlyList<Register.RegisterRow>? RegisterReviews = null,
    PolicySummary? Policies = null,
    IReadOnlyList<Incidents.IncidentRow>? IncidentReportsDue = null);

/// <summary>For privacy officers: revisions others submitted that wait for a second officer, and approved ones not yet in force.</summary>
public sealed record PolicySummary(int AwaitingMyReview, int Scheduled);

/// <summary>For the Administrator: years the working-day calendar lacks, and open requests whose due date depends on them.</summary>
public sealed record CalendarSummary(IReadOnlyList<int> MissingYears, int RequestsWithWarning);

/// <param name="PreviousSignInAt">The sign-in before this one (上次登录); null on a first sign-in.</param>
public sealed record AccountSummary(bool TwoFactorEnabled, DateTimeOffset? PreviousSignInAt, int FailedSignInsLastWeek);

public sealed record AdministrationSummary(int Users, int LockedOut, int WithoutTwoFactor);

public sealed record AuditSummary(int RecordsLastDay, int FailedSignInsLastDay, DateTimeOffset? LastVerifiedAt, bool? LastVerificationIntact);
