using System.Diagnostics;

namespace LiqunCompliance.Benchmarks;

/// <summary>The portal as it runs in production (the Release build made with this harness, its own process) on the benchmark's database.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the portal and returns once it serves its sign-in page (at most 120 s).</summary>
    public static async Task<PortalProcess> StartAsync(BenchDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var project = WebProjectFolder();
        var web = Path.Combine(project, "bin", "Release", "net10.0", "LiqunCompliance.Web.dll");
        var port = 5190 + Random.Shared.Next(0, 50);
        var start = new ProcessStartInfo("dotnet", $"\"{web}\"") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = project };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Compliance"] = database.ConnectionString;
        start.Environment["Database__Provider"] = database.ProviderName;
        start.Environment["Audit__SealKey"] = Convert.ToBase64String(AuditDataGenerator.SealKey);
        start.Environment["Policies__Scheduled"] = "false";
        start.Environment["Reports__Scheduled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            try
            {
                using var response = await http.GetAsync(new Uri(portal.Address, "/Account/Login"));
                if (response.IsSuccessStatusCode)
                {
                    return portal;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or listening but still warming up past the 2 s per-request timeout: ask again.
                await Task.Delay(50);
            }
        }

        await portal.DisposeAsync();
        throw new TimeoutException("The portal did not serve its sign-in page within 120 s.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string WebProjectFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LiqunCompliance.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Run from the repository."), "LiqunCompliance.Web");
    }
}
