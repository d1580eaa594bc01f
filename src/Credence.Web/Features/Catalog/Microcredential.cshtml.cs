using System.Text.Json;
using Credence.Domain.Common;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Catalog;

/// <summary>A published microcredential: everything a learner needs to decide, with a plain-language value label.</summary>
internal sealed class MicrocredentialModel(DesignStore store) : PageModel
{
    public Microcredential Design { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public DesignVersion Version { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public string InstitutionName { get; private set; } = string.Empty;

    /// <summary>The version's scorecards: framework title and overall score (0–100, null when nothing could be scored).</summary>
    public IReadOnlyList<(string Framework, double? Score)> Scores { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string institution, string id, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, DesignKind.Microcredential, id, DesignVersionChoice.Published, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        Design = DesignJson.DeserializeMicrocredential(version.Content);
        InstitutionName = version.Design?.Institution?.Name ?? institution;
        var scorecards = await store.ListScorecardsAsync(version.Id, cancellationToken);
        Scores = scorecards
            .Select(s => (BuiltInFrameworks.All.FirstOrDefault(f => f.Id == s.FrameworkId)?.Title ?? s.FrameworkId, s.OverallScore))
            .ToList();
        return Page();
    }

    /// <summary>Employers who co-designed, validated, endorsed or committed to hire.</summary>
    public IReadOnlyList<EmployerEngagement> EmployerBacking =>
        Design.EmployerPartners.Where(p => p.Activities.Any(a => a is EngagementActivity.CoDesigned or EngagementActivity.Validated or EngagementActivity.Endorsed or EngagementActivity.HiringCommitment)).ToList();

    public static string Words<T>(T value)
        where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');

    /// <summary>A public page for a skill or occupation alignment, where the framework has one.</summary>
    public static string? LinkFor(SkillAlignment alignment) => alignment.Framework switch
    {
        SkillFramework.EscoSkill or SkillFramework.EscoOccupation => alignment.Uri,
        SkillFramework.OnetSoc when alignment.Code is not null => "https://www.onetonline.org/link/summary/" + Uri.EscapeDataString(alignment.Code),
        _ => alignment.Uri,
    };
}
