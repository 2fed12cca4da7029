namespace LiqunCompliance.Web.Data;

/// <summary>The Administrator's grading thresholds and reporting clock (one row, JSON of GradingThresholds).</summary>
public sealed class IncidentSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string ThresholdsJson { get; set; } = "{}";

    /// <summary>Whom reports go to by default.</summary>
    public string DefaultRecipient { get; set; } = "山东省委网信办（12387 网络安全事件报告热线）";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedByName { get; set; } = string.Empty;
}
