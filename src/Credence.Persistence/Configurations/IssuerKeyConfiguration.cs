using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class IssuerKeyConfiguration : IEntityTypeConfiguration<IssuerKey>
{
    public void Configure(EntityTypeBuilder<IssuerKey> builder)
    {
        builder.ToTable("IssuerKeys");
        builder.HasOne(k => k.Institution).WithMany().HasForeignKey(k => k.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(k => k.KeyType).HasMaxLength(20);
        builder.Property(k => k.PublicKeyMultibase).HasMaxLength(200);
        builder.Property(k => k.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(k => new { k.InstitutionId, k.Status });
        builder.HasIndex(k => k.PublicKeyMultibase).IsUnique();
    }
}
