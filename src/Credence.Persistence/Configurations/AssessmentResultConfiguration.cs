using System.Text.Json;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Credence.Persistence.Configurations;

internal sealed class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResult>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The text the <c>Evidence</c> column holds, for writers that bypass EF.</summary>
    internal static string SerializeEvidence(List<EvidenceLink> links) => JsonSerializer.Serialize(links, Json);

    public void Configure(EntityTypeBuilder<AssessmentResult> builder)
    {
        builder.ToTable("AssessmentResults");
        builder.HasOne(r => r.Learner).WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.DesignVersion).WithMany().HasForeignKey(r => r.DesignVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.CompetencyId).HasMaxLength(200);
        builder.Property(r => r.Result).HasMaxLength(200);
        builder.Property(r => r.ProficiencyLevel).HasMaxLength(100);
        builder.Property(r => r.Assessor).HasMaxLength(300);

        // Evidence is read and written with its result only, so it is kept as one JSON text column.
        builder.Property(r => r.Evidence)
            .HasConversion(
                links => JsonSerializer.Serialize(links, Json),
                text => JsonSerializer.Deserialize<List<EvidenceLink>>(text, Json) ?? new List<EvidenceLink>(),
                new ValueComparer<List<EvidenceLink>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    links => JsonSerializer.Serialize(links, Json).GetHashCode(StringComparison.Ordinal),
                    links => links.Select(l => new EvidenceLink { Url = l.Url, Title = l.Title }).ToList()));
        builder.HasIndex(r => new { r.LearnerId, r.DesignVersionId, r.CompetencyId });
    }
}
