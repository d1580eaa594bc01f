using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The competencies include both technical and durable (transferable) skills; for a pathway, across its microcredentials.</summary>
internal sealed class TechnicalAndDurableSkillsCheck : Check, IMicrocredentialCheck, IPathwayCheck
{
    public override string Name => "technical-and-durable-skills";

    public override string Description => "Competencies include technical and durable skills; only one kind is partly met.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context) =>
        Judge(microcredential.Competencies, "competencies");

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context)
    {
        var route = PathwayRoute.Resolve(pathway, context);
        if (route.Unresolved.Count > 0)
        {
            return route.UnresolvedOutcome();
        }

        return Judge(route.All.SelectMany(m => m.Competencies).ToList(), "stages[*].microcredentials[*].competencies");
    }

    private static CheckOutcome Judge(IReadOnlyList<Competency> competencies, string field)
    {
        if (competencies.Count == 0)
        {
            return CheckOutcome.Missing("No competencies are recorded.", "State the competencies, marking each technical or durable.", new Evidence(field, "none"));
        }

        var technical = competencies.Count(c => c.Kind == CompetencyKind.Technical);
        var durable = competencies.Count - technical;
        var evidence = new[] { new Evidence($"{field} (technical)", Format.Of(technical)), new Evidence($"{field} (durable)", Format.Of(durable)) };
        if (technical > 0 && durable > 0)
        {
            return CheckOutcome.Met($"{Format.Of(technical)} technical and {Format.Of(durable)} durable competencies.", evidence);
        }

        return durable == 0
            ? CheckOutcome.PartlyMet("Only technical competencies.", "Add durable skills employers ask for (communication, teamwork, problem solving) and assess them.", evidence)
            : CheckOutcome.PartlyMet("Only durable competencies.", "Add the technical skills of the target occupations and assess them.", evidence);
    }
}
