using Credence.Domain.Common;

namespace Credence.Domain.Microcredentials;

/// <summary>A short credential that verifies specific skills at defined proficiency levels.</summary>
/// <remarks>Everything the value frameworks judge is a field here; a field left out is "not enough information", never "not met".</remarks>
public sealed record Microcredential
{
    /// <summary>A stable identifier, unique within an institution (lowercase letters, digits and dashes).</summary>
    public required string Id { get; init; }

    /// <summary>The title learners and employers see.</summary>
    public required string Title { get; init; }

    /// <summary>A plain-language description.</summary>
    public string? Description { get; init; }

    /// <summary>Who offers and awards it.</summary>
    public ProviderInfo? Provider { get; init; }

    /// <summary>The level: <see cref="CredentialLevel"/>.</summary>
    public CredentialLevel? Level { get; init; }

    /// <summary>The European Qualifications Framework level (1–8), where one is assigned.</summary>
    public int? EqfLevel { get; init; }

    /// <summary>The language(s) of instruction and assessment (BCP 47 tags).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The competencies a holder has mastered.</summary>
    public IReadOnlyList<Competency> Competencies { get; init; } = [];

    /// <summary>How the competencies are assessed.</summary>
    public IReadOnlyList<Assessment> Assessments { get; init; } = [];

    /// <summary>When the credential is awarded.</summary>
    public AwardRule? AwardRule { get; init; }

    /// <summary>How long it takes.</summary>
    public Duration? Duration { get; init; }

    /// <summary>How it is delivered.</summary>
    public IReadOnlyList<DeliveryMode> DeliveryModes { get; init; } = [];

    /// <summary>How learners progress through it.</summary>
    public IReadOnlyList<Pacing> Pacing { get; init; } = [];

    /// <summary>The formats it is offered in (module, workshop, boot camp, course, …).</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>What it costs a learner.</summary>
    public Cost? Cost { get; init; }

    /// <summary>Academic credit and articulation.</summary>
    public Credit? Credit { get; init; }

    /// <summary>Who may enrol.</summary>
    public Entry? Entry { get; init; }

    /// <summary>Learner support services (tutoring, advising, career services, accessibility services, …).</summary>
    public IReadOnlyList<string> SupportServices { get; init; } = [];

    /// <summary>Outreach to learners who are under-served (adult learners, veterans, first-generation students, …).</summary>
    public IReadOnlyList<string> Outreach { get; init; } = [];

    /// <summary>How long the credential stays valid, and whether it must be renewed.</summary>
    public Validity? Validity { get; init; }

    /// <summary>The occupations it prepares for, as SOC 2018 or O*NET-SOC codes.</summary>
    public IReadOnlyList<string> TargetOccupations { get; init; } = [];

    /// <summary>The labor-market region it serves.</summary>
    public RegionRef? Region { get; init; }

    /// <summary>Employer and industry partners and what each did.</summary>
    public IReadOnlyList<EmployerEngagement> EmployerPartners { get; init; } = [];

    /// <summary>Partner institutions it was developed or is offered with (collaboration and coordination).</summary>
    public IReadOnlyList<Partnership> Partnerships { get; init; } = [];

    /// <summary>Quality reviews on record.</summary>
    public IReadOnlyList<QualityReview> QualityReviews { get; init; } = [];

    /// <summary>How learners' identity is checked at assessment (EU element "supervision and identity verification").</summary>
    public string? IdentityVerification { get; init; }

    /// <summary>The kind of quality assurance used to create the credential (EU element).</summary>
    public string? QualityAssurance { get; init; }

    /// <summary>When the design was last updated.</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>Where it is published.</summary>
    public Publication? Publication { get; init; }

    /// <summary>Reviewer attestations for criteria that need human judgement.</summary>
    public IReadOnlyList<Attestation> Attestations { get; init; } = [];

    /// <summary>Free keywords for search.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
