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
            await action();
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
}
