using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.KeyPrefix).HasMaxLength(16).IsRequired();
        builder.HasIndex(c => c.KeyPrefix).IsUnique();
        builder.Property(c => c.KeyHash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Scopes).HasMaxLength(200);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.ClientId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.BodyHash).HasMaxLength(64);
        builder.HasIndex(r => r.CreatedAt);
    }
}
