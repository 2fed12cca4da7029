using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Requests;

/// <summary>A deadline rule against what the policy promises for the request type (五.5 30 days; 15 working days for cancellation and complaints).</summary>
public sealed class DeadlineRuleTests
{
    [Theory]
    [InlineData(RequestType.Access, DeadlineKind.CalendarDays, 30, ClockStart.IdentityVerification, false)]
    [InlineData(RequestType.Access, DeadlineKind.CalendarDays, 31, ClockStart.IdentityVerification, true)]
    [InlineData(RequestType.Access, DeadlineKind.CalendarDays, 20, ClockStart.Receipt, false)]
    [InlineData(RequestType.Access, DeadlineKind.WorkingDays, 21, ClockStart.IdentityVerification, false)] // 29.4 calendar days
    [InlineData(RequestType.Access, DeadlineKind.WorkingDays, 22, ClockStart.IdentityVerification, true)] // 30.8
    [InlineData(RequestType.AccountCancellation, DeadlineKind.WorkingDays, 16, ClockStart.IdentityVerification, true)]
    [InlineData(RequestType.AccountCancellation, DeadlineKind.CalendarDays, 21, ClockStart.IdentityVerification, false)]
    [InlineData(RequestType.AccountCancellation, DeadlineKind.CalendarDays, 22, ClockStart.IdentityVerification, true)]
    [InlineData(RequestType.Complaint, DeadlineKind.WorkingDays, 10, ClockStart.IdentityVerification, true)] // the clock starts later than receipt
    [InlineData(RequestType.Inquiry, DeadlineKind.WorkingDays, 10, ClockStart.Receipt, false)]
    public void IsLongerThanPromised(RequestType type, DeadlineKind kind, int days, ClockStart start, bool longer) =>
        new DeadlineRule(kind, days, start).IsLongerThanPromised(type).ShouldBe(longer);

    [Fact]
    public void ThePromisedRules_AreNotLongerThanThemselves()
    {
        foreach (var type in Enum.GetValues<RequestType>())
        {
            DefaultDeadlineRules.For(type).IsLongerThanPromised(type).ShouldBeFalse(type.ToString());
        }
    }
}
