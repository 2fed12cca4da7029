using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class CancellationCheckConfiguration : IEntityTypeConfiguration<CancellationCheck>
{
    public void Configure(EntityTypeBuilder<CancellationCheck> builder)
    {
        builder.ToTable("CancellationChecks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Precondition).HasConversion<string>().HasMaxLength(50);
        builder.Property(c => c.Note).HasMaxLength(PrivacyRequest.MaxTextLength);
        builder.Property(c => c.CheckedByName).HasMaxLength(256);
    }
}
