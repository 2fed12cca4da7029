using LiqunCompliance.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class PersonalInformationItemConfiguration : IEntityTypeConfiguration<PersonalInformationItem>
{
    public void Configure(EntityTypeBuilder<PersonalInformationItem> builder)
    {
        builder.ToTable("InformationItems");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(50);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.NameZh).HasMaxLength(PersonalInformationItem.MaxNameLength).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(PersonalInformationItem.MaxNameLength).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
