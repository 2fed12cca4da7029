namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>
/// A save waited longer than the audit chain's wait limit for its turn: nothing was saved. The pages and the API show
/// it as "the system is busy, try again" (the localised text is <c>Common.WritePathBusy</c>), never as a hang.
/// </summary>
public sealed class WritePathBusyException : TimeoutException
{
    public WritePathBusyException()
    {
    }

    public WritePathBusyException(string message)
        : base(message)
    {
    }

    public WritePathBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WritePathBusyException(TimeSpan waited)
        : base($"The audit chain stayed busy for {waited.TotalSeconds:0} s; nothing was saved.")
    {
    }
}
