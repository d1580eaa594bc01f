using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasOne<Institution>().WithMany().HasForeignKey(m => m.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IssuedCredential>().WithMany().HasForeignKey(m => m.IssuedCredentialId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.ToName).HasMaxLength(300);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.PickupFile).HasMaxLength(300);
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasIndex(m => m.InstitutionId);
    }
}
