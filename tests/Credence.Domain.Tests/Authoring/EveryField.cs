namespace Credence.Domain.Tests.Authoring;

/// <summary>Files that set every field of the model to a value other than its default.</summary>
internal static class EveryField
{
    public const string Microcredential = """
        kind: microcredential
        id: every-field
        title: Every field
        description: A microcredential that sets every field.
        provider: { name: Lakeshore Community College, country: US, url: https://lakeshore.example.edu, kind: community college }
        level: advanced
        eqfLevel: 5
        languages: [en]
        competencies:
          - id: c1
            statement: Does the thing.
            kind: durable
            requiredProficiency: { scale: dreyfus, level: expert }
            alignments:
              - { framework: esco-skill, code: S1.2, uri: http://data.europa.eu/esco/skill/744442ac-c157-4350-8be0-ce454df4f5c5, name: perform ICT troubleshooting }
        assessments:
          - id: a1
            method: observation
            performanceBased: true
            assesses: [c1]
            rubric: The rubric.
            description: The assessment.
        awardRule: { masteryOfAllCompetencies: true, requiredSeatHours: 12.5, text: The rule. }
        duration: { hours: 40.5, weeks: 6, ects: 1.5 }
        deliveryModes: [in-person]
        pacing: [self-paced]
        formats: [boot camp]
        cost: { currency: EUR, tuition: 100, fees: 20.25, materials: 5, openEducationalResources: true, financialAid: [Scholarship] }
        credit:
          creditBearing: true
          creditHours: 2
          priorLearningAccepted: true
          articulations:
            - { credential: BS Computing, kind: bachelor-degree, institution: State University, creditHours: 2 }
        entry: { openAccess: true, prerequisites: [Algebra I], alternativeRoute: Placement test }
        supportServices: [tutoring]
        outreach: [veterans]
        validity: { months: 24, renewal: Retake the assessment. }
        targetOccupations: [15-1232.00]
        region: { country: US, state: OH, metro: "17460" }
        employerPartners:
          - { employer: Acme, sector: Manufacturing, activities: [endorsed], date: 2025-01-31, evidence: https://acme.example.com/letter }
        partnerships:
          - { institution: State University, role: recognition }
        qualityReviews:
          - { reviewerKind: external-body, reviewer: Accreditor, date: 2025-02-01, outcome: rejected, scope: [accessibility], notes: Fix captions. }
        identityVerification: Photo ID.
        qualityAssurance: Internal review.
        lastUpdated: 2025-03-01
        publication: { publicUrl: https://lakeshore.example.edu/every-field, catalogListed: true, digitalBadge: true, badgeStandard: open-badges-3.0, machineReadableMetadata: true }
        attestations:
          - { criterion: mvf.quality.aligned-to-needs, confirmed: false, by: Dean, date: 2025-04-01, evidence: [minutes.pdf], notes: Not yet. }
        keywords: [everything]
        """;

    public const string Pathway = """
        kind: pathway
        id: every-field-pathway
        title: Every field pathway
        description: A pathway that sets every field.
        provider: { name: Lakeshore Community College }
        stages:
          - { id: s1, title: First, microcredentials: [every-field] }
          - { id: s2, title: Second, microcredentials: [every-field, other], rule: n-of, count: 1, after: [s1] }
        offRamps:
          - { afterStage: s1, title: Technician, occupations: [15-1232.00] }
        stacksInto:
          - { credential: AAS IT, kind: apprenticeship, institution: Lakeshore, creditHours: 9, direction: horizontal }
        targetOccupations: [15-1231.00]
        region: { country: US }
        employerPartners:
          - { employer: Acme, activities: [initiated] }
        lastUpdated: 2025-05-01
        publication: { catalogListed: true }
        attestations:
          - { criterion: pathway-design.employer-initiated, by: Dean, date: 2025-04-02 }
        """;

    public const string Scale = """
        kind: proficiency-scale
        id: house-scale
        name: House scale
        levels:
          - { id: low, name: Low, description: Needs help. }
          - { id: high, name: High }
        """;

    public const string Other = """
        kind: microcredential
        id: other
        title: Other
        """;
}
