using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.Sequence).IsUnique();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.EntityType).HasMaxLength(200).IsRequired();
        builder.Property(r => r.EntityKey).HasMaxLength(200);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.Seal).HasMaxLength(64);
        builder.Ignore(r => r.IsSealed);
        builder.HasIndex(r => r.OccurredAt);
        builder.HasIndex(r => new { r.UserName, r.OccurredAt });
        builder.HasIndex(r => new { r.EntityType, r.OccurredAt });
        builder.HasIndex(r => new { r.Action, r.OccurredAt });
    }
}
