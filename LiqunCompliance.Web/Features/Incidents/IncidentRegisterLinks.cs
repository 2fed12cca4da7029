using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Web.Features.Register;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Incidents;

/// <summary>The incidents that involve a register entry, for the entry's page (only for those who may read incidents).</summary>
internal sealed class IncidentRegisterLinks(IncidentService incidents, PolicyGuard guard, IStringLocalizer<SharedResource> text) : IRegisterEntryLinks
{
    public string Key => "incidents";

    public string Heading => text["Register.LinkedIncidents"];

    public async Task<IReadOnlyList<EntryLink>?> ForEntryAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        if (!await guard.AllowsAsync(AccessPolicies.ViewIncidents))
        {
            return null;
        }

        return (await incidents.InvolvingAsync(entryId, cancellationToken))
            .Select(i => new EntryLink(i.Reference, i.Title, text[$"Incidents.Status.{i.Status}"], $"/incidents/{i.Id}"))
            .ToList();
    }
}
