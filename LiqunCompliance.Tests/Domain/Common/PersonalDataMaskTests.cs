using LiqunCompliance.Domain.Common;

namespace LiqunCompliance.Tests.Domain.Common;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("+8613812345678", "+86****5678")]
    [InlineData("4006888688", "******8688")]
    [InlineData("1234", "****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Phone_MasksTheMiddle(string? input, string expected) => PersonalDataMask.Phone(input).ShouldBe(expected);

    [Theory]
    [InlineData("zhangsan@example.com", "z***@example.com")]
    [InlineData("a@b.cn", "a***@b.cn")]
    [InlineData("@nouser.com", "@***")]
    [InlineData("", "")]
    public void Email_KeepsFirstCharacterAndDomain(string input, string expected) => PersonalDataMask.Email(input).ShouldBe(expected);

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳娜娜娜", "欧***")]
    [InlineData("W", "W*")]
    [InlineData("Wang Lei", "W***")]
    public void Text_KeepsFirstCharacterOnly(string input, string expected) => PersonalDataMask.Text(input).ShouldBe(expected);

    [Theory]
    [InlineData("li.na@liqun.com", "l***@liqun.com")]
    [InlineData("13912345678", "139****5678")]
    [InlineData("李娜", "李*")]
    public void Auto_RecognisesTheShape(string input, string expected) => PersonalDataMask.Auto(input).ShouldBe(expected);

    [Fact]
    public void Text_SurrogatePairs_NotSplit()
    {
        PersonalDataMask.Text("𠀋先生").ShouldBe("𠀋**");
    }
}
