using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("Employers");
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.Sector).HasMaxLength(200);
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.HasIndex(e => new { e.InstitutionId, e.Name }).IsUnique();
        builder.HasOne<Institution>().WithMany().HasForeignKey(e => e.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Engagements).WithOne(g => g.Employer).HasForeignKey(g => g.EmployerId).OnDelete(DeleteBehavior.Cascade);
    }
}
