using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class BulkIssuanceJobConfiguration : IEntityTypeConfiguration<BulkIssuanceJob>
{
    public void Configure(EntityTypeBuilder<BulkIssuanceJob> builder)
    {
        builder.ToTable("BulkIssuanceJobs");
        builder.HasOne<Institution>().WithMany().HasForeignKey(j => j.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DesignVersion>().WithMany().HasForeignKey(j => j.DesignVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(j => j.FileName).HasMaxLength(500);
        builder.Property(j => j.FileSha256).HasMaxLength(64);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.StartedBy).HasMaxLength(450);
        builder.HasIndex(j => new { j.InstitutionId, j.StartedAt });
    }
}
