using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class DesignConfiguration : IEntityTypeConfiguration<Design>
{
    public void Configure(EntityTypeBuilder<Design> builder)
    {
        builder.ToTable("Designs");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Slug).HasMaxLength(200);
        builder.HasIndex(d => new { d.InstitutionId, d.Kind, d.Slug }).IsUnique();
        builder.HasOne(d => d.Institution).WithMany().HasForeignKey(d => d.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Versions).WithOne(v => v.Design).HasForeignKey(v => v.DesignId).OnDelete(DeleteBehavior.Cascade);
    }
}
