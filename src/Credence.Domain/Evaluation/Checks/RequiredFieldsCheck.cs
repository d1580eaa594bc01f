using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A completeness check: the named fields are all given. Here a missing field is the finding, so it is not met rather than undecided.</summary>
internal sealed class RequiredFieldsCheck : Check, IMicrocredentialCheck
{
    public override string Name => "required-fields";

    public override string Description => "Every named field is given; partly met when at least the partly-met share of them is.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("fields", ParameterKind.List, "title,description,competencies,assessments,duration", "The fields that must be given.", MicrocredentialFields.Present.Keys.ToArray()),
        new("partly-share", ParameterKind.Number, "0.5", "The share of the fields (0 to 1) that makes the criterion partly met."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var fields = arguments.List("fields");
        var missing = new List<string>();
        var evidence = new List<Evidence>(fields.Count);
        foreach (var field in fields)
        {
            var present = MicrocredentialFields.Present[field](microcredential);
            evidence.Add(new Evidence(field, present ? "given" : Format.MissingValue));
            if (!present)
            {
                missing.Add(field);
            }
        }

        if (missing.Count == 0)
        {
            return CheckOutcome.Met($"All {Format.Of(fields.Count)} required fields are given.", evidence);
        }

        var recommendation = $"Publish the missing information: {string.Join(", ", missing)}.";
        var share = fields.Count == 0 ? 1m : (fields.Count - missing.Count) / (decimal)fields.Count;
        return share >= arguments.Number("partly-share")
            ? CheckOutcome.PartlyMet($"{Format.Of(missing.Count)} of {Format.Of(fields.Count)} required fields are missing: {string.Join(", ", missing)}.", recommendation, evidence)
            : CheckOutcome.NotMet($"{Format.Of(missing.Count)} of {Format.Of(fields.Count)} required fields are missing: {string.Join(", ", missing)}.", recommendation, evidence);
    }
}
