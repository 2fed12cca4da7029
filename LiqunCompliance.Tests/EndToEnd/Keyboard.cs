using Microsoft.Playwright;

namespace LiqunCompliance.Tests.EndToEnd;

/// <summary>Moving through a page the way a keyboard user does: Tab until the control has the focus, and check it shows.</summary>
public static class Keyboard
{
    /// <summary>
    /// Presses Tab (Shift+Tab when <paramref name="backwards"/>; at most <paramref name="limit"/> times) until the focused element is, or is inside, the element
    /// matching <paramref name="selector"/>; fails when Tab never reaches it (the control is not reachable by keyboard).
    /// Then checks the focus is visible: an outline, a shadow, or the focused field's MudBlazor focus state.
    /// </summary>
    public static Task TabToAsync(IPage page, string selector, int limit = 80, bool backwards = false) =>
        TabUntilAsync(page, "s => { const a = document.activeElement; const t = document.querySelector(s); return !!a && !!t && (a === t || t.contains(a)); }", selector, selector, limit, backwards);

    /// <summary>Presses Tab until the focus is on the tab (role tab) named <paramref name="name"/>; checks the focus shows.</summary>
    public static Task TabToTabAsync(IPage page, string name, int limit = 80) =>
        TabUntilAsync(page, "n => { const a = document.activeElement; return !!a && a.getAttribute('role') === 'tab' && a.innerText.trim() === n; }", name, $"the tab {name}", limit);

    private static async Task TabUntilAsync(IPage page, string focusedPredicate, string argument, string description, int limit, bool backwards = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>(focusedPredicate, argument))
            {
                (await page.EvaluateAsync<bool>("""
                    () => {
                        const a = document.activeElement;
                        const style = getComputedStyle(a);
                        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
                        if (style.boxShadow && style.boxShadow !== 'none') return true;
                        // MudBlazor fields mark the focused input's container; links, check boxes and radios show their own focus state.
                        return !!a.closest('.mud-input-control .mud-input.mud-focused, .mud-input-control:focus-within')
                            || a.matches(':focus-visible') && !!a.closest('a, .mud-checkbox, .mud-radio');
                    }
                    """)).ShouldBeTrue($"the focus on {description} is not visible");
                return;
            }
        }

        throw new ShouldAssertException($"{description} was not reached by Tab in {limit} presses.");
    }

    /// <summary>Tabs to a field and types into it, as a person does (no fill).</summary>
    public static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }
}
