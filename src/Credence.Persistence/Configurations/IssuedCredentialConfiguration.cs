using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class IssuedCredentialConfiguration : IEntityTypeConfiguration<IssuedCredential>
{
    public void Configure(EntityTypeBuilder<IssuedCredential> builder)
    {
        builder.ToTable("IssuedCredentials");
        builder.HasOne(c => c.Institution).WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Learner).WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.DesignVersion).WithMany().HasForeignKey(c => c.DesignVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Award>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuerKey>().WithMany().HasForeignKey(c => c.IssuerKeyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StatusList>().WithMany().HasForeignKey(c => c.StatusListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedCredential>().WithMany().HasForeignKey(c => c.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.StateReason).HasMaxLength(1000);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(600);
        builder.HasIndex(c => c.CredentialId).IsUnique();
        builder.HasIndex(c => new { c.InstitutionId, c.IdempotencyKey }).IsUnique();
        builder.HasIndex(c => new { c.StatusListId, c.StatusListIndex }).IsUnique();
        builder.HasIndex(c => c.LearnerId);
        builder.HasIndex(c => new { c.InstitutionId, c.ValidUntil });
    }
}
