namespace LiqunCompliance.Web.Resources;

/// <summary>Marks the type whose resx pair (en-US neutral, zh-CN satellite) is one of the portal's text files; each feature owns one.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TextResourceFileAttribute : Attribute;
