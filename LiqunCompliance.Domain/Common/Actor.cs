namespace LiqunCompliance.Domain.Common;

/// <summary>Who performs a change, as the domain needs to know it.</summary>
public sealed record Actor(string Id, string Name, bool IsPrivacyOfficer);
