using LiqunCompliance.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        builder.ToTable("PolicyDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Key).HasMaxLength(PolicyText.MaxLabelLength).IsRequired();
        builder.HasIndex(d => d.Key).IsUnique();
        builder.Property(d => d.TitleZh).HasMaxLength(200).IsRequired();
        builder.Property(d => d.TitleEn).HasMaxLength(200).IsRequired();
    }
}
