using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class CredenceUserConfiguration : IEntityTypeConfiguration<CredenceUser>
{
    public void Configure(EntityTypeBuilder<CredenceUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(300);
        builder.HasOne<Institution>().WithMany().HasForeignKey(u => u.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
