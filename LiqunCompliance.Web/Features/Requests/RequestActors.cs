using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Infrastructure;

namespace LiqunCompliance.Web.Features.Requests;

public static class RequestActors
{
    public static Actor ToActor(this CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(user.Id ?? CurrentUser.SystemName, user.DisplayName, user.Principal.IsInRole(Roles.PrivacyOfficer));
    }

    /// <summary>The public privacy center, acting for a user who proved control of their contact by a code.</summary>
    public static Actor PrivacyCenter { get; } = new("privacy-center", "隐私中心", IsPrivacyOfficer: false);

    /// <summary>An API client acting through the intake API.</summary>
    public static Actor ForApiClient(string clientName) => new($"api:{clientName}", $"API · {clientName}", IsPrivacyOfficer: false);
}
