using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>It can be completed within a maximum number of weeks (and, when set, hours).</summary>
internal sealed class MaxDurationCheck : Check, IMicrocredentialCheck
{
    public override string Name => "max-duration";

    public override string Description => "The duration in weeks is at most the maximum, and in hours too when a maximum is set.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("max-weeks", ParameterKind.Number, "52", "The most calendar weeks a typical learner may take."),
        new("max-hours", ParameterKind.Number, null, "When set, the most notional learning hours."),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var duration = microcredential.Duration;
        var maxWeeks = arguments.Number("max-weeks");
        var maxHours = arguments.OptionalNumber("max-hours");
        var evidence = new[] { new Evidence("duration.weeks", Format.Of(duration?.Weeks)), new Evidence("duration.hours", Format.Of(duration?.Hours)) };
        if (duration?.Weeks is not { } weeks)
        {
            return CheckOutcome.Missing("The duration in weeks is not recorded.", "Record how many weeks a typical learner takes.", evidence);
        }

        if (weeks > maxWeeks)
        {
            return CheckOutcome.NotMet($"It takes {Format.Of(weeks)} weeks, more than {Format.Of(maxWeeks)}.", $"Split it into credentials of {Format.Of(maxWeeks)} weeks or less, or shorten it.", evidence);
        }

        if (maxHours is { } hoursLimit)
        {
            if (duration.Hours is not { } hours)
            {
                return CheckOutcome.Missing("The learning hours are not recorded.", "Record the notional learning hours.", evidence);
            }

            if (hours > hoursLimit)
            {
                return CheckOutcome.NotMet($"It takes {Format.Of(hours)} hours, more than {Format.Of(hoursLimit)}.", $"Bring it to {Format.Of(hoursLimit)} hours or less.", evidence);
            }
        }

        return CheckOutcome.Met($"It takes {Format.Of(weeks)} weeks, at most {Format.Of(maxWeeks)}.", evidence);
    }
}
