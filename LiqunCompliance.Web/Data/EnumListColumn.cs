using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data;

/// <summary>A list of enum values stored as one text column of names separated by commas ("SensitiveInformation,CrossBorderTransfer").</summary>
internal static class EnumListColumn
{
    public static PropertyBuilder<IReadOnlyList<TEnum>> AsEnumNames<TEnum>(this PropertyBuilder<IReadOnlyList<TEnum>> property, int maxLength)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(property);
        return property
            .HasConversion(
                v => string.Join(',', v),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<TEnum>).ToList(),
                new ValueComparer<IReadOnlyList<TEnum>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, t) => HashCode.Combine(h, t)), v => v.ToList()))
            .HasMaxLength(maxLength);
    }
}
