using System.Text.Json;
using System.Text.Json.Serialization;
using LiqunCompliance.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class PolicyRevisionConfiguration : IEntityTypeConfiguration<PolicyRevision>
{
    private static JsonSerializerOptions Json => JsonColumns.Options;

    public void Configure(EntityTypeBuilder<PolicyRevision> builder)
    {
        builder.ToTable("PolicyRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<PolicyDocument>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Label).HasMaxLength(PolicyText.MaxLabelLength).IsRequired();
        builder.HasIndex(r => new { r.DocumentId, r.Label }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.EffectiveDate });
        builder.Property(r => r.EffectiveDateSource).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Markdown).IsRequired();
        builder.Property(r => r.ChangeSummary).HasMaxLength(PolicyRevision.MaxSummaryLength);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(256);
        builder.Property(r => r.LastEditedById).HasMaxLength(450);
        builder.Property(r => r.LastEditedByName).HasMaxLength(256);
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.ReviewerName).HasMaxLength(256);
        builder.Property(r => r.PublishedByName).HasMaxLength(256);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsMajorChange);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.TextIntact);

        builder.Property(r => r.MajorChanges).AsEnumNames(200);

        builder.Property(r => r.NoticePlan)
            .HasConversion(
                v => v == null ? null : JsonSerializer.Serialize(v, Json),
                v => v == null ? null : JsonSerializer.Deserialize<NoticePlan>(v, Json),
                new ValueComparer<NoticePlan?>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json), v => v == null ? 0 : v.NoticeDate.GetHashCode(), v => v));
    }
}
