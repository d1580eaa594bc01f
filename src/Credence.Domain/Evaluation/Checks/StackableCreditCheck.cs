using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The microcredential carries credit or articulates into further credentials (certificates, degrees, certifications).</summary>
internal sealed class StackableCreditCheck : Check, IMicrocredentialCheck
{
    private static readonly string[] Kinds = Enum.GetValues<StackTargetKind>().Select(k => Format.Kebab(k)).ToArray();

    public override string Name => "stackable-credit";

    public override string Description => "At least a minimum number of articulations into further credentials of the named kinds; credit without articulation is partly met.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("min-articulations", ParameterKind.Integer, "1", "How many articulations are needed."),
        new("kinds", ParameterKind.List, string.Join(",", Kinds), "The kinds of further credential that count.", Kinds),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var credit = microcredential.Credit;
        if (credit is null)
        {
            return CheckOutcome.Missing("Credit and articulation are not recorded.", "Record whether the credential carries credit and which further credentials it counts toward.", new Evidence("credit", Format.MissingValue));
        }

        var kinds = arguments.List("kinds");
        var articulations = credit.Articulations.Where(a => kinds.Contains(Format.Kebab(a.Kind))).ToList();
        var evidence = new[]
        {
            new Evidence("credit.creditBearing", Format.Of(credit.CreditBearing)),
            new Evidence("credit.creditHours", Format.Of(credit.CreditHours)),
            new Evidence("credit.articulations", Format.Of(credit.Articulations.Select(a => $"{a.Credential} ({Format.Kebab(a.Kind)})").ToList())),
        };
        var minimum = arguments.Integer("min-articulations");
        if (articulations.Count >= minimum)
        {
            return CheckOutcome.Met($"It articulates into {Format.Of(articulations.Count)} further credentials.", evidence);
        }

        const string Recommendation = "Agree articulation into a certificate, degree or industry certification so the credential stacks, and record the credit it carries.";
        return credit.CreditBearing || articulations.Count > 0
            ? CheckOutcome.PartlyMet($"It carries credit or some articulation, but fewer than {Format.Of(minimum)} articulations into further credentials.", Recommendation, evidence)
            : CheckOutcome.NotMet("It carries no credit and articulates into no further credential.", Recommendation, evidence);
    }
}
