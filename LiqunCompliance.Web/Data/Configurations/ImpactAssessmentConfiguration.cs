using System.Text.Json;
using LiqunCompliance.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

/// <summary>
/// Impact assessments (issue 19). The database itself keeps an approved assessment unchanged and refuses to delete one
/// within three years of its approval (triggers in the migration, both providers).
/// </summary>
internal sealed class ImpactAssessmentConfiguration : IEntityTypeConfiguration<ImpactAssessment>
{
    private static JsonSerializerOptions Json => JsonColumns.Options;

    public void Configure(EntityTypeBuilder<ImpactAssessment> builder)
    {
        builder.ToTable("ImpactAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(a => new { a.Reference, a.VersionNumber }).IsUnique();
        builder.HasIndex(a => a.RegisterEntryId);
        builder.HasIndex(a => new { a.Status, a.ReviewDue });
        builder.Property(a => a.Subject).HasMaxLength(ImpactAssessment.MaxSubjectLength).IsRequired();
        builder.Property(a => a.OwnerName).HasMaxLength(256);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Lawfulness).HasMaxLength(ImpactAssessment.MaxTextLength);
        builder.Property(a => a.RightsImpact).HasMaxLength(ImpactAssessment.MaxTextLength);
        builder.Property(a => a.Safeguards).HasMaxLength(ImpactAssessment.MaxTextLength);
        builder.Property(a => a.RiskReasoning).HasMaxLength(ImpactAssessment.MaxTextLength);
        builder.Property(a => a.Likelihood).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Impact).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Risk).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AuthorId).HasMaxLength(450);
        builder.Property(a => a.AuthorName).HasMaxLength(256);
        builder.Property(a => a.LastEditedById).HasMaxLength(450);
        builder.Property(a => a.ReviewerId).HasMaxLength(450);
        builder.Property(a => a.ReviewerName).HasMaxLength(256);
        builder.Property(a => a.Comment).HasMaxLength(2000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsEditable);
        builder.Ignore(a => a.HasOpenMeasures);

        builder.Property(a => a.Triggers).AsEnumNames(300);

        builder.Property(a => a.Measures)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<AssessmentMeasure>>(v, Json) ?? new List<AssessmentMeasure>(),
                new ValueComparer<IReadOnlyList<AssessmentMeasure>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, m) => HashCode.Combine(h, m)), v => v.ToList()));
    }
}
