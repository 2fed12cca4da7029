using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Requests;

public sealed class RequestWorkflowTests
{
    public static TheoryData<RequestStatus, RequestStatus> AllowedMoves() => new()
    {
        { RequestStatus.Received, RequestStatus.AwaitingVerification },
        { RequestStatus.Received, RequestStatus.InProgress },
        { RequestStatus.Received, RequestStatus.Rejected },
        { RequestStatus.Received, RequestStatus.Withdrawn },
        { RequestStatus.AwaitingVerification, RequestStatus.InProgress },
        { RequestStatus.AwaitingVerification, RequestStatus.Rejected },
        { RequestStatus.AwaitingVerification, RequestStatus.Withdrawn },
        { RequestStatus.InProgress, RequestStatus.AwaitingRequester },
        { RequestStatus.InProgress, RequestStatus.Completed },
        { RequestStatus.InProgress, RequestStatus.Rejected },
        { RequestStatus.InProgress, RequestStatus.Withdrawn },
        { RequestStatus.AwaitingRequester, RequestStatus.InProgress },
        { RequestStatus.AwaitingRequester, RequestStatus.Completed },
        { RequestStatus.AwaitingRequester, RequestStatus.Rejected },
        { RequestStatus.AwaitingRequester, RequestStatus.Withdrawn },
    };

    [Fact]
    public void CanMove_ExactlyTheAllowedMoves()
    {
        var allowed = AllowedMoves().Select(row => row.Data).ToHashSet();
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                RequestWorkflow.CanMove(from, to).ShouldBe(allowed.Contains((from, to)), $"{from} → {to}");
            }
        }
    }

    [Theory]
    [InlineData(RequestStatus.Completed)]
    [InlineData(RequestStatus.Rejected)]
    [InlineData(RequestStatus.Withdrawn)]
    public void ClosedStates_HaveNoWayOut(RequestStatus status)
    {
        RequestWorkflow.IsClosed(status).ShouldBeTrue();
        RequestWorkflow.Next(status).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(RequestType.Complaint, false)]
    [InlineData(RequestType.Inquiry, false)]
    [InlineData(RequestType.Access, true)]
    [InlineData(RequestType.AccountCancellation, true)]
    public void NeedsIdentityVerification_OnlyForRightsRequests(RequestType type, bool expected) =>
        RequestWorkflow.NeedsIdentityVerification(type).ShouldBe(expected);

    [Theory]
    [InlineData(RequestType.Deletion, true)]
    [InlineData(RequestType.ConsentWithdrawal, true)]
    [InlineData(RequestType.AccountCancellation, true)]
    [InlineData(RequestType.Access, false)]
    [InlineData(RequestType.Complaint, false)]
    public void RequiresRecipientFollowUp_DeletionWithdrawalCancellation(RequestType type, bool expected) =>
        RequestWorkflow.RequiresRecipientFollowUp(type).ShouldBe(expected);

    [Theory]
    [InlineData(RequestType.Access, DeadlineKind.CalendarDays, 30, ClockStart.IdentityVerification)]
    [InlineData(RequestType.Deletion, DeadlineKind.CalendarDays, 30, ClockStart.IdentityVerification)]
    [InlineData(RequestType.DeceasedUserRequest, DeadlineKind.CalendarDays, 30, ClockStart.IdentityVerification)]
    [InlineData(RequestType.AccountCancellation, DeadlineKind.WorkingDays, 15, ClockStart.IdentityVerification)]
    [InlineData(RequestType.Complaint, DeadlineKind.WorkingDays, 15, ClockStart.Receipt)]
    [InlineData(RequestType.Inquiry, DeadlineKind.WorkingDays, 15, ClockStart.Receipt)]
    public void DefaultRules_FollowTheDesignNotes(RequestType type, DeadlineKind kind, int days, ClockStart start) =>
        DefaultDeadlineRules.For(type).ShouldBe(new DeadlineRule(kind, days, start));

    [Fact]
    public void DefaultRules_CoverEveryType()
    {
        Enum.GetValues<RequestType>().ShouldAllBe(t => DefaultDeadlineRules.For(t).IsValid);
    }

    [Theory]
    [InlineData(null, "2026-11-24", null, DeadlineStanding.NotStarted)]
    [InlineData("2026-12-10", "2026-11-24", null, DeadlineStanding.OnTrack)]
    [InlineData("2026-11-29", "2026-11-24", null, DeadlineStanding.DueSoon)]
    [InlineData("2026-11-24", "2026-11-24", null, DeadlineStanding.DueSoon)]
    [InlineData("2026-11-30", "2026-11-24", null, DeadlineStanding.OnTrack)]
    [InlineData("2026-11-23", "2026-11-24", null, DeadlineStanding.Overdue)]
    [InlineData("2026-11-23", "2026-11-24", "2026-11-23", DeadlineStanding.ClosedOnTime)]
    [InlineData("2026-11-23", "2026-11-24", "2026-11-24", DeadlineStanding.ClosedLate)]
    public void Standing_Evaluate(string? due, string today, string? closed, DeadlineStanding expected) =>
        DeadlineStandings.Evaluate(due is null ? null : DateOnly.Parse(due), DateOnly.Parse(today), closed is null ? null : DateOnly.Parse(closed))
            .ShouldBe(expected);
}
