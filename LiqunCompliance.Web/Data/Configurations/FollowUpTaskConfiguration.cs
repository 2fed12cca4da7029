using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.ToTable("FollowUpTasks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Recipient).HasMaxLength(FollowUpTask.MaxRecipientLength);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Note).HasMaxLength(PrivacyRequest.MaxTextLength);
        // The register entry page lists the requests that asked it to delete; entries are retired, never deleted.
        builder.HasOne<RegisterEntryRecord>().WithMany().HasForeignKey(f => f.RegisterEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.Recipient);
    }
}
