using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class StatusListConfiguration : IEntityTypeConfiguration<StatusList>
{
    public void Configure(EntityTypeBuilder<StatusList> builder)
    {
        builder.ToTable("StatusLists");
        builder.HasOne(l => l.Institution).WithMany().HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.InstitutionId, l.Purpose, l.Number }).IsUnique();
    }
}
