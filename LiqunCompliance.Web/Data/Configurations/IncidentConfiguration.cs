using System.Text.Json;
using LiqunCompliance.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(i => i.Reference).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ProposedGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Grade).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.GradeReason).HasMaxLength(Incident.MaxTextLength);
        builder.Property(i => i.SystemsAffected).HasMaxLength(Incident.MaxTextLength);
        builder.Property(i => i.Owner).HasMaxLength(Incident.MaxTextLength);
        builder.Property(i => i.NoNotificationJustification).HasMaxLength(Incident.MaxTextLength);
        builder.Property(i => i.EconomicLossYuan).HasConversion<double>();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Status, i.DiscoveredAt });
        builder.Ignore(i => i.EffectiveGrade);
        builder.Ignore(i => i.MustReport);
        builder.Ignore(i => i.InitialReportSent);
        builder.Ignore(i => i.Facts);

        builder.Property(i => i.InformationItems).HasConversion(
            v => string.Join(',', v),
            v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)), v => v.ToList()))
            .HasMaxLength(2000);
        builder.Property(i => i.RegisterEntryIds).HasConversion(
            v => string.Join(',', v),
            v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
            new ValueComparer<IReadOnlyList<Guid>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, g) => HashCode.Combine(h, g)), v => v.ToList()))
            .HasMaxLength(4000);
        builder.Property(i => i.Narrative).HasConversion(
            v => JsonSerializer.Serialize(v, JsonColumns.Options),
            v => JsonSerializer.Deserialize<IncidentNarrative>(v, JsonColumns.Options) ?? new IncidentNarrative(),
            new ValueComparer<IncidentNarrative>((a, b) => a == b, v => v.GetHashCode(), v => v));

        builder.HasMany(i => i.Events).WithOne().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Reports).WithOne().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Notices).WithOne().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Notices).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEvent>
{
    public void Configure(EntityTypeBuilder<IncidentEvent> builder)
    {
        builder.ToTable("IncidentEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(Incident.MaxTextLength + 200);
    }
}

internal sealed class RegulatorReportConfiguration : IEntityTypeConfiguration<RegulatorReport>
{
    public void Configure(EntityTypeBuilder<RegulatorReport> builder)
    {
        builder.ToTable("IncidentReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Fields).HasConversion(
            v => JsonSerializer.Serialize(v, JsonColumns.Options),
            v => JsonSerializer.Deserialize<Dictionary<ReportField, string>>(v, JsonColumns.Options) ?? new Dictionary<ReportField, string>(),
            new ValueComparer<IReadOnlyDictionary<ReportField, string>>((a, b) => a!.Count == b!.Count && !a.Except(b).Any(), v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)), v => v.ToDictionary(p => p.Key, p => p.Value)));
        builder.Ignore(r => r.IsSent);
        builder.Ignore(r => r.MissingFields);
        builder.Property(r => r.Recipient).HasMaxLength(200);
        builder.Property(r => r.Reference).HasMaxLength(Incident.MaxTextLength);
        builder.Property(r => r.ByName).HasMaxLength(256);
    }
}

internal sealed class IncidentNoticeConfiguration : IEntityTypeConfiguration<IncidentNotice>
{
    public void Configure(EntityTypeBuilder<IncidentNotice> builder)
    {
        builder.ToTable("IncidentNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Language).HasMaxLength(10);
        builder.Property(n => n.TemplateName).HasMaxLength(200);
        builder.Property(n => n.Subject).HasMaxLength(500);
        builder.Property(n => n.ByName).HasMaxLength(256);
        builder.Ignore(n => n.IsPublicAnnouncement);
        builder.HasIndex(n => new { n.Channel, n.IssuedAt });
    }
}

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> builder)
    {
        builder.ToTable("NoticeTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Language).HasMaxLength(10);
        builder.Property(t => t.Subject).HasMaxLength(500);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.MissingElements);
        builder.Ignore(t => t.IsComplete);
    }
}

internal sealed class IncidentSettingsConfiguration : IEntityTypeConfiguration<IncidentSettingsRecord>
{
    public void Configure(EntityTypeBuilder<IncidentSettingsRecord> builder)
    {
        builder.ToTable("IncidentSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.DefaultRecipient).HasMaxLength(200);
        builder.Property(s => s.UpdatedByName).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

