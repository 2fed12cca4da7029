using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class RegisterEntryVersionConfiguration : IEntityTypeConfiguration<RegisterEntryVersion>
{
    public void Configure(EntityTypeBuilder<RegisterEntryVersion> builder)
    {
        builder.ToTable("RegisterEntryVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.EntryId, v.Number }).IsUnique();
        builder.Property(v => v.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ChangedById).HasMaxLength(450);
        builder.Property(v => v.ChangedByName).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(1000);
    }
}
