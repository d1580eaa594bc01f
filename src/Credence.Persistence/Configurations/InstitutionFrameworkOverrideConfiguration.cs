using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class InstitutionFrameworkOverrideConfiguration : IEntityTypeConfiguration<InstitutionFrameworkOverride>
{
    public void Configure(EntityTypeBuilder<InstitutionFrameworkOverride> builder)
    {
        builder.ToTable("FrameworkOverrides");
        builder.Property(o => o.UpdatedBy).HasMaxLength(450);
        builder.HasIndex(o => o.InstitutionId).IsUnique();
        builder.HasOne<Institution>().WithMany().HasForeignKey(o => o.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
