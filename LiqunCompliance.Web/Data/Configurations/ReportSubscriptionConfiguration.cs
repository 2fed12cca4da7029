using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class ReportSubscriptionConfiguration : IEntityTypeConfiguration<ReportSubscription>
{
    public void Configure(EntityTypeBuilder<ReportSubscription> builder)
    {
        builder.ToTable("ReportSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.DisplayName).HasMaxLength(256);
        builder.Property(s => s.Culture).HasMaxLength(10);
    }
}

internal sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>
{
    public void Configure(EntityTypeBuilder<ReportRun> builder)
    {
        builder.ToTable("ReportRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Month).HasMaxLength(7);
        builder.HasIndex(r => r.Month).IsUnique();
        builder.Property(r => r.Outcome).HasMaxLength(500);
        builder.Property(r => r.Error).HasMaxLength(200);
        builder.Ignore(r => r.State);

        // Two servers retrying the same failed month: the one whose claim lands second finds the row changed.
        builder.Property(r => r.StartedAt).IsConcurrencyToken();
    }
}
