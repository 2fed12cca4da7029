namespace LiqunCompliance.Tests.TestSupport;

/// <summary>Posts the privacy center's forms as a browser would: the page first (antiforgery token), then the form.</summary>
public static class PrivacyCenterForms
{
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, Dictionary<string, string> fields, string culture = "zh-CN") =>
        PostAsync(client, $"/privacy-center?culture={culture}", "privacy-request", fields);

    public static Task<HttpResponseMessage> SubmitByEmailAsync(this HttpClient client, string email, string type = "Access", string details = "请提供我的订单信息副本") =>
        client.SubmitAsync(new() { ["Form.Type"] = type, ["Form.ContactKind"] = "Email", ["Form.Contact"] = email, ["Form.Name"] = "王小利", ["Form.Details"] = details });

    public static Task<HttpResponseMessage> TrackAsync(this HttpClient client, string reference, string kind, string contact) =>
        PostAsync(client, "/privacy-center/track", "track", new() { ["Form.Reference"] = reference, ["Form.ContactKind"] = kind, ["Form.Contact"] = contact });

    public static Task<HttpResponseMessage> EnterCodeAsync(this HttpClient client, string verifyPath, string code) =>
        PostAsync(client, verifyPath, "code", new() { ["Form.Code"] = code });

    /// <summary>Where a redirect points, as a local path (the server may answer with an absolute address).</summary>
    public static string Where(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Not a redirect: {(int)response.StatusCode}");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await PortalClient.AntiforgeryTokenAsync(client, path);
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(body));
    }
}
