using LiqunCompliance.Domain.Requests;

namespace LiqunCompliance.Tests.Domain.Requests;

public sealed class CallerSearchTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("008613812345678", "13812345678")]
    [InlineData("8613812345678", "13812345678")]
    [InlineData("0532-88888888", "053288888888")]
    [InlineData("+852 2345 6789", "85223456789")]
    public void Phone_ComparesDigits_WithoutTheMainlandPrefix(string entry, string expected) =>
        CallerSearch.Phone(entry).ShouldBe(expected);

    [Fact]
    public void Email_Name_Account_AreNormalisedForExactMatch()
    {
        CallerSearch.Email("  Zhang.San@Example.COM ").ShouldBe("zhang.san@example.com");
        CallerSearch.Name(" 张 三 ").ShouldBe("张三");
        CallerSearch.Name("Li  Na").ShouldBe("LINA");
        CallerSearch.Name("阿依·买买提").ShouldBe("阿依买买提");
        CallerSearch.Account(" lq88001234 ").ShouldBe("LQ88001234");
        CallerSearch.Phone("  ").ShouldBeNull();
    }

    [Theory]
    [InlineData("LQ-2026-000042", "LQ-2026-000042")]
    [InlineData("lq-2026", "LQ-2026")]
    [InlineData("2026-000042", "2026-000042")]
    [InlineData("LQ", "LQ")]
    public void Parse_AReferenceOrItsStart_IsAReference(string entry, string reference)
    {
        var term = CallerSearch.Parse(entry)!;

        term.Reference.ShouldBe(reference);
        term.Keys.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("13812345678", CallerKeyKind.Phone, "13812345678")]
    [InlineData("0532-88888888", CallerKeyKind.Phone, "053288888888")] // a landline, not a reference
    [InlineData("User@Example.com", CallerKeyKind.Email, "user@example.com")]
    [InlineData("张三", CallerKeyKind.Name, "张三")]
    [InlineData("LQ88001234", CallerKeyKind.Name, "LQ88001234")]
    public void Parse_ContactData_IsLookedUpAsItsKindAndAsAnAccountId(string entry, CallerKeyKind kind, string normalised)
    {
        var term = CallerSearch.Parse(entry)!;

        term.Reference.ShouldBeNull();
        term.Keys[0].ShouldBe(new CallerKey(kind, normalised));
        term.Keys[1].ShouldBe(new CallerKey(CallerKeyKind.Account, entry.Trim().ToUpperInvariant()));
        term.ContactKind.ShouldBe(kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("·")]
    public void Parse_NothingToLookUp_IsNull(string? entry) => CallerSearch.Parse(entry).ShouldBeNull();

    [Fact]
    public void Parse_LongerThanAnyRequesterValue_IsNull() => CallerSearch.Parse(new string('x', Requester.MaxLength + 1)).ShouldBeNull();
}
