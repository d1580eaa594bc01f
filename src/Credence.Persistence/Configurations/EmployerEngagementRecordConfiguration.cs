using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class EmployerEngagementRecordConfiguration : IEntityTypeConfiguration<EmployerEngagementRecord>
{
    public void Configure(EntityTypeBuilder<EmployerEngagementRecord> builder)
    {
        builder.ToTable("EmployerEngagements");
        builder.Property(g => g.Activity).HasConversion<string>().HasMaxLength(40);
        builder.Property(g => g.RecordedBy).HasMaxLength(450);
        builder.HasOne<Design>().WithMany().HasForeignKey(g => g.DesignId).OnDelete(DeleteBehavior.SetNull);
    }
}
