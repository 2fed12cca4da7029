using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class PublishedAuditHeadConfiguration : IEntityTypeConfiguration<PublishedAuditHeadRecord>
{
    public void Configure(EntityTypeBuilder<PublishedAuditHeadRecord> builder)
    {
        builder.ToTable("PublishedAuditHeads");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64).IsRequired();
        builder.Property(h => h.Seal).HasMaxLength(64).IsRequired();
        builder.Property(h => h.PublishedIn).HasMaxLength(100).IsRequired();
        builder.HasIndex(h => h.Sequence);
    }
}
