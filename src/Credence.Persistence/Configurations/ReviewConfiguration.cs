using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.ReviewerKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(r => r.DesignVersion).WithMany().HasForeignKey(r => r.DesignVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(r => r.Evidence, evidence =>
        {
            evidence.ToTable("ReviewEvidence");
            // A key of its own (not the default composite one) so both providers generate it.
            evidence.Property<long>("Id");
            evidence.HasKey("Id");
            evidence.WithOwner().HasForeignKey("ReviewId");
            evidence.Property(e => e.Url).HasMaxLength(2000);
        });
    }
}
