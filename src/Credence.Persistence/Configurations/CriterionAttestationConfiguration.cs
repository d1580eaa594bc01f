using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class CriterionAttestationConfiguration : IEntityTypeConfiguration<CriterionAttestation>
{
    public void Configure(EntityTypeBuilder<CriterionAttestation> builder)
    {
        builder.ToTable("CriterionAttestations");
        builder.Property(a => a.CriterionId).HasMaxLength(200);
        builder.Property(a => a.AttestedBy).HasMaxLength(450);
        builder.HasIndex(a => new { a.DesignVersionId, a.CriterionId });
        builder.HasOne(a => a.DesignVersion).WithMany().HasForeignKey(a => a.DesignVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(a => a.Evidence, evidence =>
        {
            evidence.ToTable("AttestationEvidence");
            // A key of its own (not the default composite one) so both providers generate it.
            evidence.Property<long>("Id");
            evidence.HasKey("Id");
            evidence.WithOwner().HasForeignKey("CriterionAttestationId");
            evidence.Property(e => e.Url).HasMaxLength(2000);
        });
    }
}
