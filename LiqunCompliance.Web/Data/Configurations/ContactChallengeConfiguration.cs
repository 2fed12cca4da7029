using LiqunCompliance.Domain.PrivacyCenter;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

/// <summary>The privacy center's one-time-code challenges; the pending submission is encrypted at rest as contact data is.</summary>
internal sealed class ContactChallengeConfiguration(ProtectedStringConverter protect) : IEntityTypeConfiguration<ContactChallenge>
{
    public void Configure(EntityTypeBuilder<ContactChallenge> builder)
    {
        builder.ToTable("ContactChallenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ContactKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ContactLookup).HasMaxLength(64).IsRequired();
        builder.Property(c => c.CodeHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Payload).HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)protect);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsVerified);
        builder.Ignore(c => c.AttemptsLeft);

        // The per-contact rate limit counts a contact's recent codes.
        builder.HasIndex(c => new { c.ContactLookup, c.IssuedAt });
    }
}
