using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Each credential of the pathway can be completed within a maximum number of weeks (a year by default).</summary>
internal sealed class PathwayCredentialDurationCheck : Check, IPathwayCheck
{
    public override string Name => "pathway-credential-duration";

    public override string Description => "Every microcredential of the pathway takes at most the maximum number of weeks.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-weeks", ParameterKind.Number, "52", "The most weeks any one credential may take."),
    ];

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context)
    {
        var route = PathwayRoute.Resolve(pathway, context);
        if (route.All.Count == 0 && route.Unresolved.Count == 0)
        {
            return PathwayRoute.NoStagesOutcome();
        }

        var max = arguments.Number("max-weeks");
        var evidence = route.All.Select(m => new Evidence($"{m.Id}.duration.weeks", Format.Of(m.Duration?.Weeks))).ToList();
        var tooLong = route.All.Where(m => m.Duration?.Weeks > max).Select(m => m.Id).ToList();
        if (tooLong.Count > 0)
        {
            return CheckOutcome.NotMet($"{string.Join(", ", tooLong)} take more than {Format.Of(max)} weeks.", $"Split {string.Join(", ", tooLong)} into credentials of {Format.Of(max)} weeks or less.", evidence);
        }

        if (route.Unresolved.Count > 0)
        {
            return route.UnresolvedOutcome();
        }

        var unknown = route.All.Where(m => m.Duration?.Weeks is null).Select(m => m.Id).ToList();
        return unknown.Count > 0
            ? CheckOutcome.Missing($"The duration of {string.Join(", ", unknown)} is not recorded.", "Record the duration in weeks of every credential of the pathway.", evidence)
            : CheckOutcome.Met($"Every credential takes at most {Format.Of(max)} weeks.", evidence);
    }
}
