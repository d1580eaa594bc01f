using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The design was updated recently enough.</summary>
internal sealed class UpdateAgeCheck : Check, IMicrocredentialCheck, IPathwayCheck
{
    public override string Name => "update-age";

    public override string Description => "The design was last updated within the maximum update age.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-months", ParameterKind.Integer, "12", "The most months since the last update."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context) =>
        Evaluate(microcredential.LastUpdated, arguments, context);

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        Evaluate(pathway.LastUpdated, arguments, context);

    private static CheckOutcome Evaluate(DateOnly? lastUpdated, CheckArguments arguments, EvaluationContext context) =>
        lastUpdated is { } date
            ? Judge(date, "lastUpdated", "The last update", arguments.Integer("max-months"), context.AsOf,
                "Review the competencies, assessments and labor-market fit, update the design, and record the date.")
            : CheckOutcome.Missing(
                "The date of the last update is not recorded.",
                "Record when the design was last updated.",
                new Evidence("lastUpdated", Format.MissingValue));

    internal static CheckOutcome Judge(DateOnly date, string field, string what, int maxMonths, DateOnly asOf, string recommendation)
    {
        var months = Format.MonthsBetween(date, asOf);
        var evidence = new Evidence(field, Format.Of(date));
        return date >= asOf.AddMonths(-maxMonths)
            ? CheckOutcome.Met($"{what} was {Format.Of(Math.Max(months, 0))} months before {Format.Of(asOf)}, within {Format.Of(maxMonths)}.", evidence)
            : CheckOutcome.NotMet($"{what} was {Format.Of(months)} months before {Format.Of(asOf)}, more than {Format.Of(maxMonths)}.", recommendation, evidence);
    }
}
