using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.ToTable("Learners");
        builder.Property(l => l.Email).HasMaxLength(320);
        builder.Property(l => l.Name).HasMaxLength(300);
        builder.Property(l => l.UserId).HasMaxLength(450);
        builder.HasIndex(l => l.Email).IsUnique();
        builder.HasIndex(l => l.PublicId).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
