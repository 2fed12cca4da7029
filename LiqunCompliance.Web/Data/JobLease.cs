namespace LiqunCompliance.Web.Data;

/// <summary>
/// Which instance may run a background job until when. An instance runs a job only while it holds the lease, so with
/// several web servers on one database each job runs on one of them at a time.
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the holder last finished a pass of the job (for the operator; the job's own rows prove what it did).</summary>
    public DateTimeOffset? LastRunAt { get; set; }
}
