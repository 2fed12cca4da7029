using System.Security.Cryptography;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The key that seals audit records and published heads, kept outside the database so that whoever controls the
/// database (and can drop its triggers) still cannot re-seal a rewritten chain. Read from <c>Audit:SealKey</c> (base64,
/// at least 32 bytes; an environment variable or secret store, the same on every instance), or else from the key file
/// <c>Audit:SealKeyPath</c> (default <c>audit-seal.key</c> beside the application), created on first start.
/// </summary>
public sealed class AuditSealKey
{
    public const string Section = "Audit";
    private const int MinimumLength = 32;

    public AuditSealKey(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[$"{Section}:SealKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Key = Convert.FromBase64String(configured.Trim());
            Source = "configuration";
        }
        else
        {
            var path = configuration[$"{Section}:SealKeyPath"] is { Length: > 0 } p
                ? Path.GetFullPath(p, environment.ContentRootPath)
                : Path.Combine(environment.ContentRootPath, "audit-seal.key");
            Key = ReadOrCreate(path);
            Source = path;
        }

        if (Key.Length < MinimumLength)
        {
            throw new InvalidOperationException($"{Section}:SealKey must be at least {MinimumLength} bytes (base64).");
        }
    }

    internal byte[] Key { get; }

    /// <summary>Where the key came from (for the operator; never the key itself).</summary>
    public string Source { get; }

    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(MinimumLength);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // readable by the portal's account only
            }

            using var file = new FileStream(path, options);
            using var writer = new StreamWriter(file);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance on this machine created it first.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        return key;
    }
}
