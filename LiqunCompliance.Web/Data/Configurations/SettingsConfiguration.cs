using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class CalendarYearRecordConfiguration : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class DeadlineRuleSettingConfiguration : IEntityTypeConfiguration<DeadlineRuleSetting>
{
    public void Configure(EntityTypeBuilder<DeadlineRuleSetting> builder)
    {
        builder.ToTable("DeadlineRules");
        builder.HasKey(r => r.RequestType);
        builder.Property(r => r.RequestType).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Start).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> builder)
    {
        builder.ToTable("AppSecrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
    }
}
