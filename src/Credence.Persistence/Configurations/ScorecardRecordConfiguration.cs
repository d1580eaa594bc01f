using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class ScorecardRecordConfiguration : IEntityTypeConfiguration<ScorecardRecord>
{
    public void Configure(EntityTypeBuilder<ScorecardRecord> builder)
    {
        builder.ToTable("Scorecards");
        builder.Property(s => s.FrameworkId).HasMaxLength(100);
        builder.Property(s => s.FrameworkVersion).HasMaxLength(50);
        builder.HasIndex(s => new { s.DesignVersionId, s.FrameworkId });
        builder.HasOne(s => s.DesignVersion).WithMany().HasForeignKey(s => s.DesignVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
