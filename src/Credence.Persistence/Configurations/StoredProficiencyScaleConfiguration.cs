using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class StoredProficiencyScaleConfiguration : IEntityTypeConfiguration<StoredProficiencyScale>
{
    public void Configure(EntityTypeBuilder<StoredProficiencyScale> builder)
    {
        builder.ToTable("ProficiencyScales");
        builder.Property(s => s.Slug).HasMaxLength(200);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.HasIndex(s => new { s.InstitutionId, s.Slug }).IsUnique();
        builder.HasOne<Institution>().WithMany().HasForeignKey(s => s.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
