using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Competencies are aligned to public skills or occupation taxonomies (O*NET, ESCO).</summary>
internal sealed class CompetenciesAlignedCheck : Check, IMicrocredentialCheck
{
    private static readonly string[] Frameworks = Enum.GetValues<SkillFramework>().Select(f => Format.Kebab(f)).ToArray();

    private static readonly IndexedField AlignmentsField = new("competencies", "alignments");

    public override string Name => "competencies-aligned";

    public override string Description => "At least the minimum share of competencies is aligned to one of the named public taxonomies.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("frameworks", ParameterKind.List, "onet-element,onet-soc,onet-technology,esco-skill,esco-occupation", "The taxonomies that count.", Frameworks),
        new("min-share", ParameterKind.Number, "1", "The share of competencies (0 to 1) that must be aligned."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var competencies = microcredential.Competencies;
        if (competencies.Count == 0)
        {
            return CheckOutcome.Missing("No competencies are recorded.", "State the competencies and align each to O*NET or ESCO.", new Evidence("competencies", "none"));
        }

        var frameworks = arguments.List("frameworks");
        var evidence = new List<Evidence>(competencies.Count);
        var aligned = 0;
        for (var i = 0; i < competencies.Count; i++)
        {
            string? found = null;
            foreach (var alignment in competencies[i].Alignments)
            {
                var framework = Format.Kebab(alignment.Framework);
                if (frameworks.Contains(framework))
                {
                    var entry = alignment.Code ?? alignment.Uri ?? alignment.Name ?? framework;
                    found = found is null ? entry : $"{found}, {entry}";
                }
            }

            evidence.Add(new Evidence(AlignmentsField[i], found ?? "none"));
            if (found is not null)
            {
                aligned++;
            }
        }

        var share = aligned / (decimal)competencies.Count;
        var summary = $"{Format.Of(aligned)} of {Format.Of(competencies.Count)} competencies are aligned to {string.Join(", ", frameworks)}.";
        const string Recommendation = "Align every competency to an O*NET element or ESCO skill so employers and systems can read it.";
        if (share >= arguments.Number("min-share"))
        {
            return CheckOutcome.Met(summary, evidence);
        }

        return aligned > 0 ? CheckOutcome.PartlyMet(summary, Recommendation, evidence) : CheckOutcome.NotMet(summary, Recommendation, evidence);
    }
}
