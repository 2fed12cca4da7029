using LiqunCompliance.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.Domain.Common;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Today_LateUtcEvening_IsNextDayInShanghai()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 16, 30, 0, TimeSpan.Zero));

        ChinaTime.Today(clock).ShouldBe(new DateOnly(2026, 10, 1));
    }

    [Fact]
    public void ToShanghai_IsUtcPlusEight()
    {
        var local = ChinaTime.ToShanghai(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        local.Offset.ShouldBe(TimeSpan.FromHours(8));
        local.Hour.ShouldBe(8);
    }

    [Fact]
    public void StartOfDay_IsMidnightShanghai()
    {
        ChinaTime.StartOfDay(new DateOnly(2026, 2, 14)).ShouldBe(new DateTimeOffset(2026, 2, 13, 16, 0, 0, TimeSpan.Zero));
    }
}
