using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace LiqunCompliance.Tests.TestSupport;

/// <summary>
/// The instant every test portal lives at: a fixed time, so that no test depends on the hour or the day of the month.
/// <c>LIQUN_TEST_NOW</c> (ISO 8601 with offset) moves it, e.g. to 00:30 Shanghai on the 1st or 23:59 on the last day of
/// a month, to prove exactly that. The portal's clock starts there and moves forward one millisecond each time it is read,
/// so records keep their order; tests compute their inputs from <see cref="Now"/>, never from the machine's clock.
/// </summary>
public static class TestClock
{
    public const string Variable = "LIQUN_TEST_NOW";

    /// <summary>Mid-month, mid-morning in Shanghai (a Wednesday): the default.</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));

    public static DateTimeOffset Start { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None)
            : Default;

    /// <summary>Now, for a test's own inputs: the start (the portal's clock has moved at most seconds past it).</summary>
    public static DateTimeOffset Now => Start;

    /// <summary>A clock standing at <see cref="Start"/>, for a test's own date arithmetic (ChinaTime.Today and the like).</summary>
    public static TimeProvider Fixed => new FakeTimeProvider(Start);

    /// <summary>The clock of one test portal.</summary>
    public static FakeTimeProvider Create() => new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
}
