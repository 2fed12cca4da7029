namespace LiqunCompliance.Domain.Register;

/// <summary>The categories of personal information the privacy policy defines (policy 一, first paragraphs).</summary>
public enum InformationCategory
{
    Basic,
    IdentityDocument,
    Biometric,
    NetworkIdentity,
    Property,
    Contacts,
    OnlineActivity,
    Device,
    Location,
    Content,

    /// <summary>Statistics that identify no one (policy 一.(五)4, 三.(一)3(3)): shared, but not personal information.</summary>
    NonIdentifyingStatistics,
}

/// <summary>
/// One item of the personal-information catalogue, marked sensitive as the policy marks it. Items that an entry uses
/// are never deleted, only retired, so that old versions of the lists stay readable.
/// </summary>
public sealed class PersonalInformationItem
{
    public const int MaxNameLength = 100;

    private PersonalInformationItem()
    {
    }

    /// <summary>A stable code, e.g. "precise-location".</summary>
    public string Code { get; private set; } = string.Empty;

    public InformationCategory Category { get; private set; }

    public string NameZh { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public bool IsSensitive { get; private set; }

    public bool IsRetired { get; private set; }

    /// <summary>False for statistics that identify no one: they never appear on the collection list and are not a gap.</summary>
    public bool IsPersonalInformation => Category != InformationCategory.NonIdentifyingStatistics;

    /// <summary>Changes with every change, so that an edit based on an older reading is detected.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <exception cref="RegisterRuleException">A code or name is missing or too long.</exception>
    public static PersonalInformationItem Create(string code, InformationCategory category, string nameZh, string nameEn, bool sensitive)
    {
        var item = new PersonalInformationItem { Code = code?.Trim().ToLowerInvariant() ?? string.Empty, Category = category, IsSensitive = sensitive };
        item.Rename(nameZh, nameEn);
        if (item.Code.Length is 0 or > 50 || !item.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new RegisterRuleException(RegisterRule.InvalidCode);
        }

        return item;
    }

    public void Rename(string nameZh, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameZh) || string.IsNullOrWhiteSpace(nameEn) || nameZh.Trim().Length > MaxNameLength || nameEn.Trim().Length > MaxNameLength)
        {
            throw new RegisterRuleException(RegisterRule.NameRequired);
        }

        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        Version = Guid.NewGuid();
    }

    public void MarkSensitive(bool sensitive)
    {
        IsSensitive = sensitive;
        Version = Guid.NewGuid();
    }

    public void Retire()
    {
        IsRetired = true;
        Version = Guid.NewGuid();
    }

    public void Reinstate()
    {
        IsRetired = false;
        Version = Guid.NewGuid();
    }
}
