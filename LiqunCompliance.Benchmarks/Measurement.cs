using System.Diagnostics;

namespace LiqunCompliance.Benchmarks;

/// <summary>A benchmark's result: median time over the runs, and the process's peak working set growth while it ran.</summary>
internal sealed record Measurement(string Name, double MedianMs, double MinMs, double MaxMs, double PeakMemoryMb, string Detail);

internal static class Measure
{
    /// <summary>When set (<c>--only text</c>), only benchmarks whose name contains it run; the others are left out of the table.</summary>
    public static string? Only { get; set; }

    public const string Skipped = "(skipped)";

    public static bool Wanted(string name) => Only is not { } only || name.Contains(only, StringComparison.OrdinalIgnoreCase);

    /// <summary>One warm-up, then <paramref name="runs"/> timed runs; memory sampled every 10 ms during the runs.</summary>
    public static async Task<Measurement> RunAsync(string name, int runs, Func<Task<string>> action)
    {
        if (!Wanted(name))
        {
            return new Measurement(name, 0, 0, 0, 0, Skipped);
        }

        await action();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(10);
            }
        });

        var times = new List<double>();
        var detail = string.Empty;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            detail = await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        await sampling.CancelAsync();
        await sampler;
        times.Sort();
        return new Measurement(name, times[times.Count / 2], times[0], times[^1], (peak - baseline) / 1024.0 / 1024.0, detail);
    }
}
