using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Features.Employers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Catalog;

/// <summary>A published pathway: a diagram of its stages and exits, each exit's occupations with their wages against the region's threshold, and what it stacks into.</summary>
internal sealed class PathwayModel(DesignStore store, ILaborMarketFacts facts, CredenceDbContext db) : PageModel
{
    /// <summary>Engagements employers recorded for the pathway in the platform, newest first.</summary>
    public IReadOnlyList<EngagementResponse> Engagements { get; private set; } = [];

    public Pathway Design { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public DesignVersion Version { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public string Institution { get; private set; } = string.Empty;

    /// <summary>The off-ramp analysis: per stage and for completion, the occupations reachable, their wages and the region's threshold.</summary>
    public OffRampReport OffRamps { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    /// <summary>Titles by microcredential id and occupation code, for the diagram.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string institution, string id, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, DesignKind.Pathway, id, DesignVersionChoice.Published, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        Institution = institution;
        Design = DesignJson.DeserializePathway(version.Content);
        var microcredentials = new Dictionary<string, Microcredential>(StringComparer.Ordinal);
        foreach (var named in Design.Stages.SelectMany(s => s.Microcredentials).Distinct(StringComparer.Ordinal))
        {
            if (await store.FindAsync(institution, DesignKind.Microcredential, named, DesignVersionChoice.Published, cancellationToken) is { } found)
            {
                microcredentials[named] = DesignJson.DeserializeMicrocredential(found.Content);
            }
        }

        OffRamps = OffRampAnalysis.Analyze(Design, microcredentials, facts);
        var titles = microcredentials.ToDictionary(m => m.Key, m => m.Value.Title, StringComparer.Ordinal);
        foreach (var occupation in OffRamps.Points.SelectMany(p => p.Occupations).Where(o => o.Title is not null))
        {
            titles.TryAdd(occupation.Code, occupation.Title!); // Filtered to occupations with a title.
        }

        foreach (var code in Design.OffRamps.SelectMany(o => o.Occupations).Concat(Design.TargetOccupations).Distinct(StringComparer.Ordinal))
        {
            if (!titles.ContainsKey(code) && facts.FindOccupation(code) is { } occupation)
            {
                titles[code] = occupation.Title;
            }
        }

        Titles = titles;
        Engagements = await EmployerLedger.ForDesignAsync(db, version.DesignId, cancellationToken);
        return Page();
    }

    /// <summary>The heading of an off-ramp point: the stage (with its exits) or completion.</summary>
    public static string PointTitle(OffRampPoint point) =>
        point.Kind == OffRampPointKind.Completion
            ? "On completing the pathway"
            : point.ExitTitles.Count > 0 ? $"After “{point.Title}”: {string.Join(", ", point.ExitTitles)}" : $"After “{point.Title}”";
}
