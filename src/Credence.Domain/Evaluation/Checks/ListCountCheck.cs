using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A list field of a microcredential names at least a minimum number of entries; an empty list is not enough information.</summary>
internal abstract class ListCountCheck : Check, IMicrocredentialCheck
{
    protected abstract string Field { get; }

    protected abstract string Noun { get; }

    protected abstract string DefaultMinimum { get; }

    protected abstract string MissingRecommendation { get; }

    protected abstract string ShortRecommendation { get; }

    protected abstract IReadOnlyList<string> Read(Microcredential microcredential);

    public override IReadOnlyList<CheckParameter> Parameters =>
    [
        new("min-count", ParameterKind.Integer, DefaultMinimum, $"How many {Noun} must be named."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var values = Read(microcredential);
        var evidence = new Evidence(Field, Format.Of(values));
        if (values.Count == 0)
        {
            return CheckOutcome.Missing($"No {Noun} are recorded.", MissingRecommendation, evidence);
        }

        var minimum = arguments.Integer("min-count");
        return values.Count >= minimum
            ? CheckOutcome.Met($"{Format.Of(values.Count)} {Noun} named (at least {Format.Of(minimum)}).", evidence)
            : CheckOutcome.PartlyMet($"{Format.Of(values.Count)} {Noun} named, fewer than {Format.Of(minimum)}.", ShortRecommendation, evidence);
    }
}
