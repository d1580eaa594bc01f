using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("Awards");
        builder.HasOne<Institution>().WithMany().HasForeignKey(a => a.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Learner).WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.DesignVersion).WithMany().HasForeignKey(a => a.DesignVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.AwardedBy).HasMaxLength(450);

        // A learner earns a version once; reissues and renewals hang more credentials off the same award.
        builder.HasIndex(a => new { a.LearnerId, a.DesignVersionId }).IsUnique();
    }
}
