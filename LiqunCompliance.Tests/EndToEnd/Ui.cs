using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

public static class Ui
{
    /// <summary>Before the Blazor circuit connects, interactive controls ignore input: retry until the page reacts.</summary>
    public static async Task RetryUntilAsync(Func<Task> action, ILocator appears)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(appears);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            // An earlier attempt may have worked after its wait ran out (a slow machine): never act twice.
            if (attempt > 0 && await appears.First.IsVisibleAsync())
            {
                return;
            }

            try
            {
                await action();
            }
            catch (TimeoutException)
            {
                // The control was busy (e.g. disabled while a confirmation opens): look again.
            }

            try
            {
                await appears.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 500 });
                return;
            }
            catch (TimeoutException)
            {
            }
        }

        throw new TimeoutException("The page never reacted: is the Blazor circuit connecting?");
    }

    /// <summary>
    /// Fills a field and leaves it (Tab commits the value), again until the value stays: before the circuit connects,
    /// or while a re-render is in flight, a value typed into the prerendered input is lost.
    /// </summary>
    public static async Task TypeAsync(IPage page, string testId, string value)
    {
        ArgumentNullException.ThrowIfNull(page);
        var field = page.Locator($"[data-testid={testId}]");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
            await page.WaitForTimeoutAsync(250);
            if (await field.InputValueAsync() == value)
            {
                return;
            }
        }

        await Assertions.Expect(field).ToHaveValueAsync(value);
    }

    /// <summary>Closes an open MudSelect list: Escape, and if it stays open, a click on the select itself.</summary>
    public static async Task CloseListAsync(IPage page, string select)
    {
        ArgumentNullException.ThrowIfNull(page);
        var open = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 0; attempt < 5 && await open.CountAsync() > 0; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForTimeoutAsync(300);
            if (await open.CountAsync() > 0)
            {
                await page.Locator(select).First.ClickAsync(new LocatorClickOptions { Force = true });
                await page.WaitForTimeoutAsync(300);
            }
        }

        await Assertions.Expect(open).ToHaveCountAsync(0);
    }
}
