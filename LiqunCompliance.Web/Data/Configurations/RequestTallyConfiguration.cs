using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class RequestTallyConfiguration : IEntityTypeConfiguration<RequestTally>
{
    public void Configure(EntityTypeBuilder<RequestTally> builder)
    {
        builder.ToTable("RequestTallies");
        builder.HasKey(t => new { t.Status, t.Type, t.AssigneeKey });
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.AssigneeKey).HasMaxLength(450);
        builder.Ignore(t => t.AssigneeId);
    }
}
