using System.Text.RegularExpressions;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The occupations it prepares for are named by valid SOC 2018 or O*NET-SOC codes.</summary>
internal sealed partial class TargetOccupationsCheck : Check, IMicrocredentialCheck, IPathwayCheck
{
    public override string Name => "target-occupations";

    public override string Description => "Target occupations are named, each by a well-formed SOC or O*NET-SOC code; some malformed is partly met.";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context) =>
        Judge(microcredential.TargetOccupations, "targetOccupations");

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        Judge(LaborMarketCheck.Occupations(pathway), "targetOccupations, offRamps[*].occupations");

    private static CheckOutcome Judge(IReadOnlyList<string> occupations, string field)
    {
        var evidence = new Evidence(field, Format.Of(occupations));
        if (occupations.Count == 0)
        {
            return CheckOutcome.Missing("No target occupations are named.", "Name the occupations it prepares for by SOC 2018 or O*NET-SOC code.", evidence);
        }

        var malformed = occupations.Where(o => !SocCode().IsMatch(o)).ToList();
        if (malformed.Count == 0)
        {
            return CheckOutcome.Met($"{Format.Of(occupations.Count)} target occupations are named by SOC code.", evidence);
        }

        var recommendation = $"Correct the codes {string.Join(", ", malformed)} to SOC 2018 (15-1232) or O*NET-SOC (15-1232.00) form.";
        return malformed.Count < occupations.Count
            ? CheckOutcome.PartlyMet($"{Format.Of(malformed.Count)} of {Format.Of(occupations.Count)} occupation codes are not SOC codes.", recommendation, evidence)
            : CheckOutcome.NotMet("None of the occupation codes is a SOC code.", recommendation, evidence);
    }

    [GeneratedRegex(@"^\d{2}-\d{4}(\.\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex SocCode();
}
