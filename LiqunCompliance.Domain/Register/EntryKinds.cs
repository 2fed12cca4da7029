namespace LiqunCompliance.Domain.Register;

/// <summary>Which list an entry of each kind appears on, and whether it is a recipient to notify (policy 五.2).</summary>
public static class EntryKinds
{
    /// <summary>Collection happens in the app: its own functions, its permissions and the SDKs embedded in it.</summary>
    public static bool IsOnCollectionList(EntryKind kind) => kind is EntryKind.BusinessFunction or EntryKind.DevicePermission or EntryKind.Sdk;

    /// <summary>Everyone the data reaches beyond the app itself: SDK providers and partners (not the app's functions or permissions).</summary>
    public static bool IsOnSharingList(EntryKind kind) => kind is not (EntryKind.BusinessFunction or EntryKind.DevicePermission);

    /// <summary>
    /// Entities that received personal information from Liqun and must be told of a deletion: not the app's own
    /// functions and permissions, and not 云鼎, which the policy says Liqun runs itself (三.(一)4).
    /// </summary>
    public static bool IsRecipient(EntryKind kind) => IsOnSharingList(kind) && kind != EntryKind.CloudService;

    /// <summary>The group on the collection list when an entry does not name one.</summary>
    public static CollectionGroup DefaultGroup(EntryKind kind) =>
        kind is EntryKind.Sdk or EntryKind.DevicePermission ? CollectionGroup.BackgroundCollection : CollectionGroup.OnlineShopping;
}
