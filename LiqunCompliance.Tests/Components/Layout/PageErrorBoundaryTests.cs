using Bunit;
using LiqunCompliance.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace LiqunCompliance.Tests.Components.Layout;

/// <summary>An exception in a page's handler is a message with a reference, not a dead circuit; the page comes back and works.</summary>
public sealed class PageErrorBoundaryTests : ComponentTestContext
{
    private static readonly RenderFragment<PageError> Message = error => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "data-testid", "page-error");
        builder.AddContent(2, error.AccessDenied ? "denied" : $"failed {error.Reference}");
        builder.OpenElement(3, "button");
        builder.AddAttribute(4, "data-testid", "back");
        builder.AddAttribute(5, "onclick", EventCallback.Factory.Create<MouseEventArgs>(error, error.BackToPage));
        builder.CloseElement();
        builder.CloseElement();
    };

    [Fact]
    public void AHandlerThrows_TheMessageNamesAReference_AndThePageComesBackWorking()
    {
        var cut = Render<PageErrorBoundary>(p => p
            .Add(b => b.Message, Message)
            .AddChildContent<FlakyPage>());

        cut.Find("[data-testid=fail]").Click();

        var message = cut.Find("[data-testid=page-error]");
        message.TextContent.ShouldStartWith("failed ");
        message.TextContent.Trim().Length.ShouldBe("failed ".Length + 12, "a 12-character reference the administrator can search the log for");
        cut.FindAll("[data-testid=work]").ShouldBeEmpty("the page that failed is taken down");

        cut.Find("[data-testid=back]").Click();
        cut.FindAll("[data-testid=page-error]").ShouldBeEmpty();
        cut.Find("[data-testid=work]").Click();
        cut.Find("[data-testid=done]").TextContent.ShouldBe("1");

        cut.Find("[data-testid=fail]").Click();
        cut.Find("[data-testid=page-error]").TextContent.ShouldStartWith("failed ", Case.Sensitive, "a second failure after coming back is handled the same way");
    }

    [Fact]
    public void ARefusedAuthorisation_ReadsAsAccessDenied()
    {
        var cut = Render<PageErrorBoundary>(p => p
            .Add(b => b.Message, Message)
            .AddChildContent<FlakyPage>(c => c.Add(f => f.Refuse, true)));

        cut.Find("[data-testid=fail]").Click();

        cut.Find("[data-testid=page-error]").TextContent.ShouldBe("denied");
    }

    /// <summary>A page whose one button throws and whose other works.</summary>
    private sealed class FlakyPage : ComponentBase
    {
        private int _done;

        [Parameter] public bool Refuse { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "fail");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, Fail));
            builder.CloseElement();
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "data-testid", "work");
            builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(this, () => _done++));
            builder.CloseElement();
            builder.OpenElement(6, "span");
            builder.AddAttribute(7, "data-testid", "done");
            builder.AddContent(8, _done);
            builder.CloseElement();
        }

        private void Fail() => throw (Refuse ? new UnauthorizedAccessException("policy") : new InvalidOperationException("boom"));
    }
}
