using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class DesignVersionConfiguration : IEntityTypeConfiguration<DesignVersion>
{
    /// <summary>The SQLite migrations keep the FTS5 index in step with these triggers; EF must know they exist.</summary>
    internal static readonly string[] SqliteTriggers = ["DesignVersions_search_insert", "DesignVersions_search_update", "DesignVersions_search_delete"];

    public void Configure(EntityTypeBuilder<DesignVersion> builder)
    {
        builder.ToTable("DesignVersions", table =>
        {
            foreach (var trigger in SqliteTriggers)
            {
                table.HasTrigger(trigger);
            }
        });
        builder.HasIndex(v => new { v.DesignId, v.Number }).IsUnique();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Title).HasMaxLength(500);
        builder.Property(v => v.Currency).HasMaxLength(3);
        builder.Property(v => v.ProviderName).HasMaxLength(300);
        builder.Property(v => v.CreatedBy).HasMaxLength(450);
        builder.Property(v => v.PublishedBy).HasMaxLength(450);
        builder.HasIndex(v => v.Status);

        // The catalog lists hits by title: a broad full-text match is paged by walking this index in order
        // instead of sorting every matching (wide) row; the key holds what the published-version check needs.
        builder.HasIndex(v => new { v.Title, v.DesignId, v.Number });
    }
}
