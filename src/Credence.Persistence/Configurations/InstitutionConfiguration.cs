using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.ToTable("Institutions");
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Slug).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.Country).HasMaxLength(2);
        builder.Property(i => i.Url).HasMaxLength(2000);
    }
}
