using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class RegisterEntryRecordConfiguration : IEntityTypeConfiguration<RegisterEntryRecord>
{
    public void Configure(EntityTypeBuilder<RegisterEntryRecord> builder)
    {
        builder.ToTable("RegisterEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.IdentityKey).HasMaxLength(500).IsRequired();
        builder.HasIndex(e => e.IdentityKey).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Provider).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.Status, e.NextReviewOn });
        builder.Property(e => e.LastReviewedByName).HasMaxLength(256);
        builder.Property(e => e.UpdatedByName).HasMaxLength(256);
        builder.Property(e => e.Stamp).IsConcurrencyToken();
        builder.HasMany(e => e.Versions).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
