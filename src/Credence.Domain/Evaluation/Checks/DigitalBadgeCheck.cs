using Credence.Domain.Common;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>It is issued as a verifiable digital badge, optionally following one of the named standards.</summary>
internal sealed class DigitalBadgeCheck : PublicationCheck
{
    public override string Name => "digital-badge";

    public override string Description => "It is issued as a digital badge; when standards are named, the badge follows one of them (otherwise partly met).";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("standards", ParameterKind.List, null, "When set, the badge standards that count (for example open-badges-3.0, clr-2.0)."),
    ];

    protected override CheckOutcome Judge(Publication publication, CheckArguments arguments)
    {
        var evidence = new[] { new Evidence("publication.digitalBadge", Format.Of(publication.DigitalBadge)), new Evidence("publication.badgeStandard", publication.BadgeStandard ?? Format.MissingValue) };
        if (!publication.DigitalBadge)
        {
            return CheckOutcome.NotMet("It is not issued as a digital badge.", "Issue it as an Open Badges 3.0 credential learners can share and anyone can verify.", evidence);
        }

        var standards = arguments.List("standards");
        if (standards.Count == 0 || (publication.BadgeStandard is { } standard && standards.Contains(standard, StringComparer.OrdinalIgnoreCase)))
        {
            return CheckOutcome.Met("It is issued as a digital badge.", evidence);
        }

        return CheckOutcome.PartlyMet($"It is issued as a digital badge, but not to {string.Join(" or ", standards)}.", $"Issue the badge to {string.Join(" or ", standards)} so it is portable and verifiable.", evidence);
    }
}
