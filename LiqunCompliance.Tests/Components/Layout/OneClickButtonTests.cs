using Bunit;
using LiqunCompliance.Web.Components.Shared;

namespace LiqunCompliance.Tests.Components.Layout;

/// <summary>A write's button is one action per click while the action runs.</summary>
public sealed class OneClickButtonTests : ComponentTestContext
{
    [Fact]
    public async Task ASecondClickWhileTheFirstRuns_DoesNothing_AndTheButtonSaysItIsBusy()
    {
        var calls = 0;
        var release = new TaskCompletionSource();
        var cut = Render<OneClickButton>(p => p
            .Add(b => b.OnClick, async () => { calls++; await release.Task; })
            .AddChildContent("登记"));

        var first = cut.Find("button").ClickAsync(new());
        cut.Find("button").HasAttribute("disabled").ShouldBeTrue();
        cut.Find("button").GetAttribute("aria-busy").ShouldBe("true");
        await cut.Find("button").ClickAsync(new());

        release.SetResult();
        await first;
        calls.ShouldBe(1);
        cut.WaitForAssertion(() => cut.Find("button").HasAttribute("disabled").ShouldBeFalse());
    }

    [Fact]
    public async Task AnActionThatThrows_LeavesTheButtonUsable()
    {
        var calls = 0;
        var cut = Render<OneClickButton>(p => p
            .Add(b => b.OnClick, () => { calls++; return calls == 1 ? Task.FromException(new InvalidOperationException("boom")) : Task.CompletedTask; })
            .AddChildContent("保存"));

        await Should.ThrowAsync<InvalidOperationException>(() => cut.Find("button").ClickAsync(new()));
        cut.Find("button").HasAttribute("disabled").ShouldBeFalse();
        await cut.Find("button").ClickAsync(new());
        calls.ShouldBe(2);
    }
}
