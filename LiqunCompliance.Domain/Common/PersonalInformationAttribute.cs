namespace LiqunCompliance.Domain.Common;

/// <summary>
/// Marks a property that holds a person's data: the audit trail records it masked, never in clear.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PersonalInformationAttribute : Attribute;
