namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>The privacy center's limits and demo delivery (section "PrivacyCenter").</summary>
public sealed class PrivacyCenterOptions
{
    public const string Section = "PrivacyCenter";

    /// <summary>Form posts (codes, submissions, tracking, code checks) allowed from one IP address per <see cref="AddressWindowMinutes"/>.</summary>
    public int PermitsPerAddress { get; set; } = 30;

    public int AddressWindowMinutes { get; set; } = 10;

    /// <summary>Codes sent to one phone number or e-mail address per <see cref="ContactWindowMinutes"/>, whatever they are for.</summary>
    public int CodesPerContact { get; set; } = 5;

    public int ContactWindowMinutes { get; set; } = 60;

    /// <summary>How long a verified tracking code lets the user read their request's status, in minutes.</summary>
    public int TrackingPassMinutes { get; set; } = 30;

    /// <summary>Where the demo SMS sender writes messages (relative to the web project's folder unless absolute).</summary>
    public string SmsPickupFolder { get; set; } = "App_Data/sms-pickup";
}
