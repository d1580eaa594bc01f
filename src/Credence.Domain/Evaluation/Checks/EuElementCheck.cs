using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>One mandatory information element of the EU Council Recommendation on micro-credentials (2022, Annex I) is given.</summary>
/// <remarks>A completeness check: a missing element is the finding (not met). The learner's identification and the date of issue belong to each issued credential, not to the design, and are checked when credentials are issued.</remarks>
internal sealed class EuElementCheck : Check, IMicrocredentialCheck
{
    private static readonly string[] Elements =
    [
        "title", "issuer-country", "awarding-body", "learning-outcomes", "notional-workload", "level", "assessment-type",
        "participation-form", "quality-assurance",
    ];

    public override string Name => "eu-element";

    public override string Description => "The named mandatory EU information element is given.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("element", ParameterKind.Text, null, "The element to check.", Elements, Required: true),
    ];

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context)
    {
        var m = microcredential;
        return arguments.Text("element") switch
        {
            "title" => Given(!string.IsNullOrWhiteSpace(m.Title), "title", m.Title, "Give the micro-credential a title."),
            "issuer-country" => Given(!string.IsNullOrWhiteSpace(m.Provider?.Country), "provider.country", m.Provider?.Country,
                "Record the country of the awarding body (provider.country)."),
            "awarding-body" => Given(!string.IsNullOrWhiteSpace(m.Provider?.Name), "provider.name", m.Provider?.Name,
                "Name the awarding body (provider.name)."),
            "learning-outcomes" => Given(m.Competencies.Count > 0, "competencies", m.Competencies.Count > 0 ? Format.Of(m.Competencies.Count) : null,
                "State the learning outcomes as competencies."),
            "notional-workload" => Workload(m),
            "level" => Level(m),
            "assessment-type" => Given(m.Assessments.Count > 0, "assessments",
                m.Assessments.Count > 0 ? string.Join(", ", m.Assessments.Select(a => Format.Kebab(a.Method)).Distinct()) : null,
                "Describe the type of assessment (assessments with their methods)."),
            "participation-form" => Given(m.DeliveryModes.Count > 0, "deliveryModes",
                m.DeliveryModes.Count > 0 ? string.Join(", ", m.DeliveryModes.Select(d => Format.Kebab(d))) : null,
                "State the form of participation: online, hybrid or in person (deliveryModes)."),
            "quality-assurance" => QualityAssurance(m),
            var other => throw new ArgumentException($"Unknown EU element '{other}'.", nameof(arguments)),
        };
    }

    private static CheckOutcome Given(bool present, string field, string? value, string recommendation) =>
        present
            ? CheckOutcome.Met($"The element is given ({field}).", new Evidence(field, value ?? "given"))
            : CheckOutcome.NotMet($"The element is missing ({field}).", recommendation, new Evidence(field, Format.MissingValue));

    private static CheckOutcome Workload(Microcredential m)
    {
        var evidence = new[] { new Evidence("duration.ects", Format.Of(m.Duration?.Ects)), new Evidence("duration.hours", Format.Of(m.Duration?.Hours)) };
        if (m.Duration?.Ects is not null)
        {
            return CheckOutcome.Met("The notional workload is given in ECTS credits.", evidence);
        }

        return m.Duration?.Hours is not null
            ? CheckOutcome.PartlyMet("The notional workload is given in hours but not in ECTS credits.",
                "Express the notional workload in ECTS credits as well (about 25–30 hours per credit).", evidence)
            : CheckOutcome.NotMet("The notional workload is missing.", "Give the notional workload in ECTS credits, or at least in learning hours.", evidence);
    }

    private static CheckOutcome Level(Microcredential m)
    {
        var evidence = new[] { new Evidence("eqfLevel", m.EqfLevel is { } eqf ? Format.Of(eqf) : Format.MissingValue), new Evidence("level", m.Level is { } level ? Format.Kebab(level) : Format.MissingValue) };
        if (m.EqfLevel is not null)
        {
            return CheckOutcome.Met("The EQF level is given.", evidence);
        }

        return m.Level is not null
            ? CheckOutcome.PartlyMet("A level is given but not on the European Qualifications Framework.", "Assign an EQF level (1–8) where one applies.", evidence)
            : CheckOutcome.NotMet("The level is missing.", "Give the level of the learning experience, on the EQF where one applies.", evidence);
    }

    private static CheckOutcome QualityAssurance(Microcredential m)
    {
        var evidence = new[] { new Evidence("qualityAssurance", m.QualityAssurance ?? Format.MissingValue), new Evidence("qualityReviews", Format.Of(m.QualityReviews.Count)) };
        return !string.IsNullOrWhiteSpace(m.QualityAssurance) || m.QualityReviews.Count > 0
            ? CheckOutcome.Met("The type of quality assurance is given.", evidence)
            : CheckOutcome.NotMet("The type of quality assurance is missing.", "Describe the quality assurance used to create the micro-credential (qualityAssurance), or record its quality reviews.", evidence);
    }
}
