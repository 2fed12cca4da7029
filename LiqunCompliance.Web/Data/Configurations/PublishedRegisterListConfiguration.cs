using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class PublishedRegisterListConfiguration : IEntityTypeConfiguration<PublishedRegisterList>
{
    public void Configure(EntityTypeBuilder<PublishedRegisterList> builder)
    {
        builder.ToTable("PublishedRegisterLists");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.Number).IsUnique();
        builder.Property(p => p.PublishedById).HasMaxLength(450);
        builder.Property(p => p.PublishedByName).HasMaxLength(256);
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.ChangeSummary).HasMaxLength(100);
    }
}
