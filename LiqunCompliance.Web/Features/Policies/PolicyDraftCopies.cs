using System.Text.Json;
using LiqunCompliance.Domain.Policies;
using Microsoft.JSInterop;

namespace LiqunCompliance.Web.Features.Policies;

/// <summary>The editor's unsaved text of a revision, as this browser keeps it (localStorage), and when it was kept.</summary>
public sealed record PolicyDraftCopy(Guid BaseVersion, string? Label, string? Summary, string? Markdown, List<MajorChangeTrigger> Triggers, DateTimeOffset SavedAt);

/// <summary>
/// A copy of a revision's unsaved changes in the browser, written at each change and removed once saved: a reload, a
/// closed tab or a lost connection does not lose the text. A browser that refuses storage (private mode, quota) only
/// loses the copy; before the page is interactive there is no browser to ask.
/// </summary>
public sealed class PolicyDraftCopies(IJSRuntime js)
{
    public async Task<PolicyDraftCopy?> FindAsync(Guid revisionId)
    {
        var json = await CallAsync<string?>("localStorage.getItem", Key(revisionId));
        return json is null ? null : JsonSerializer.Deserialize<PolicyDraftCopy>(json);
    }

    public Task KeepAsync(Guid revisionId, PolicyDraftCopy copy) =>
        CallAsync<object>("localStorage.setItem", Key(revisionId), JsonSerializer.Serialize(copy));

    public Task ForgetAsync(Guid revisionId) => CallAsync<object>("localStorage.removeItem", Key(revisionId));

    private static string Key(Guid revisionId) => $"liqun-policy-draft:{revisionId:N}";

    private async Task<TResult?> CallAsync<TResult>(string function, params object?[] arguments)
    {
        try
        {
            return await js.InvokeAsync<TResult?>(function, arguments);
        }
        catch (JSException)
        {
            return default;
        }
        catch (InvalidOperationException)
        {
            return default; // prerendering: no browser yet
        }
    }
}
