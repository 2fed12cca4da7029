using System.Globalization;
using System.Reflection;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>Turns one tracked entity change into an unsealed audit record, masking personal data and hiding secrets.</summary>
internal static class AuditChangeBuilder
{
    private const string Redacted = "[redacted]";

    // Bookkeeping that sign-in events already cover, or that is derived from another field.
    private static readonly HashSet<string> IgnoredProperties =
        [nameof(ApplicationUser.LastSignInAt), nameof(ApplicationUser.PreviousSignInAt), nameof(IdentityUser.AccessFailedCount),
         nameof(IdentityUser.NormalizedEmail), nameof(IdentityUser.NormalizedUserName), nameof(IdentityRole.NormalizedName)];

    private static readonly HashSet<string> SecretProperties =
        [nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUserToken<string>.Value),
         nameof(AppSecret.ProtectedValue), nameof(ApiClient.KeyHash), nameof(LiqunCompliance.Domain.PrivacyCenter.ContactChallenge.CodeHash)];

    public static AuditRecord? Build(EntityEntry entry, DateTimeOffset now, string? userId, string userName)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Modified => AuditAction.Updated,
            EntityState.Deleted => AuditAction.Deleted,
            EntityState.Detached or EntityState.Unchanged => (AuditAction?)null,
            _ => null,
        };
        if (action is null)
        {
            return null;
        }

        var changes = new List<FieldChange>();
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsConcurrencyToken || IgnoredProperties.Contains(metadata.Name))
            {
                continue;
            }

            var before = action == AuditAction.Created ? null : property.OriginalValue;
            var after = action == AuditAction.Deleted ? null : property.CurrentValue;
            if (action == AuditAction.Updated && (!property.IsModified || Equals(before, after)))
            {
                continue;
            }

            if (before is null && after is null)
            {
                continue;
            }

            changes.Add(new FieldChange(metadata.Name, Format(metadata.PropertyInfo, metadata.IsPrimaryKey(), before),
                Format(metadata.PropertyInfo, metadata.IsPrimaryKey(), after)));
        }

        if (action == AuditAction.Updated && changes.Count == 0)
        {
            return null;
        }

        return new AuditRecord
        {
            OccurredAt = now,
            UserId = userId,
            UserName = userName,
            Action = action.Value,
            EntityType = EntityTypeName(entry.Metadata.ClrType),
            EntityKey = KeyOf(entry),
            Changes = AuditChangeJson.Serialize(changes),
        };
    }

    public static string EntityTypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? null
            : string.Join(',', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string? Format(PropertyInfo? property, bool isKey, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (property is not null && SecretProperties.Contains(property.Name))
        {
            return Redacted;
        }

        var text = value switch
        {
            DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        return !isKey && IsPersonal(property) && value is string ? PersonalDataMask.Auto(text) : text;
    }

    private static bool IsPersonal(PropertyInfo? property) =>
        property is not null &&
        (property.IsDefined(typeof(PersonalInformationAttribute), inherit: true) ||
         property.IsDefined(typeof(PersonalDataAttribute), inherit: true));
}
