using System.Collections.Frozen;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Every check criteria can name, by name.</summary>
internal static class CheckLibrary
{
    public static readonly FrozenDictionary<string, Check> All = new Check[]
    {
        new OpenEntryCheck(),
        new LowCostMaterialsCheck(),
        new MaxCostCheck(),
        new SupportServicesCheck(),
        new OutreachCheck(),
        new PartnershipsCheck(),
        new SmeReviewCheck(),
        new ReviewAgeCheck(),
        new UpdateAgeCheck(),
        new EmployerActivityCheck(),
        new EmployerValidationsCheck(),
        new RequiredFieldsCheck(),
        new EuElementCheck(),
        new CompetenciesAlignedCheck(),
        new ProficiencyLevelsCheck(),
        new PerformanceAssessmentCheck(),
        new AssessmentRubricsCheck(),
        new MasteryAwardCheck(),
        new StackableCreditCheck(),
        new PriorLearningCheck(),
        new CreditPortabilityCheck(),
        new PathwayMembershipCheck(),
        new DeliveryFlexibilityCheck(),
        new FormatOptionsCheck(),
        new MaxDurationCheck(),
        new DigitalBadgeCheck(),
        new MachineReadableMetadataCheck(),
        new PublishedCheck(),
        new TechnicalAndDurableSkillsCheck(),
        new TargetOccupationsCheck(),
        new LaborWagesCheck(),
        new LaborOutlookCheck(),
        new LaborDemandCheck(),
        new PathwayStackableCredentialsCheck(),
        new PathwayCredentialDurationCheck(),
        new PathwayFlexibleDeliveryCheck(),
        new PathwayAffordableCheck(),
        new PathwayPortableCredentialsCheck(),
        new PathwayCredentialsDiscoverableCheck(),
    }.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The parameters an attestation criterion takes.</summary>
    public static readonly IReadOnlyList<CheckParameter> AttestationParameters =
    [
        new("max-age-months", ParameterKind.Integer, "12", "The most months since the attestation."),
    ];
}
