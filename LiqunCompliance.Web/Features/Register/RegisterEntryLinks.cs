namespace LiqunCompliance.Web.Features.Register;

/// <summary>A record elsewhere in the portal that involves a register entry (an incident, for instance), as the entry's page lists it.</summary>
public sealed record EntryLink(string Reference, string Title, string Status, string Href);

/// <summary>
/// What other features contribute to a register entry's page: the register does not know them; each registers one of
/// these (incidents do), so that the register has no dependency on the features that refer to it.
/// </summary>
public interface IRegisterEntryLinks
{
    /// <summary>Identifies the panel (used for its test id).</summary>
    string Key { get; }

    /// <summary>The panel's heading in the user's language.</summary>
    string Heading { get; }

    /// <summary>The records involving the entry; null when the current user may not see them (the panel is not shown).</summary>
    Task<IReadOnlyList<EntryLink>?> ForEntryAsync(Guid entryId, CancellationToken cancellationToken = default);
}
