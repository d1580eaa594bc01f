using Credence.Domain.Common;
using Credence.Domain.Evaluation;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Evaluation;

/// <summary>For each built-in check (or a criterion that needs its own), a named change to the excellent subject that makes it fall short, with the verdict expected.</summary>
internal static class FailingCases
{
    internal sealed record Case(
        string Name,
        CriterionStatus Expected,
        Func<Microcredential, Microcredential>? Microcredential = null,
        Func<Pathway, Pathway>? Pathway = null,
        Func<EvaluationContext, EvaluationContext>? Context = null);

    /// <summary>Cases for microcredentials, by criterion full id first, then by check name.</summary>
    public static readonly Dictionary<string, Case> ForMicrocredentials = new(StringComparer.Ordinal)
    {
        ["open-entry"] = new("prerequisites without an alternative route", CriterionStatus.NotMet, m => m with { Entry = new Entry { Prerequisites = ["college algebra"] } }),
        ["low-cost-materials"] = new("paid materials of 250", CriterionStatus.NotMet, m => m with { Cost = m.Cost! with { OpenEducationalResources = false, Materials = 250 } }),
        ["max-cost"] = new("tuition of 4000", CriterionStatus.NotMet, m => m with { Cost = m.Cost! with { Tuition = 4000 } }),
        ["support-services"] = new("one support service of two", CriterionStatus.PartlyMet, m => m with { SupportServices = ["advising"] }),
        ["outreach"] = new("no outreach recorded", CriterionStatus.NotEnoughInformation, m => m with { Outreach = [] }),
        ["partnerships"] = new("no partner institutions recorded", CriterionStatus.NotEnoughInformation, m => m with { Partnerships = [] }),
        ["sme-review"] = new("only an internal committee reviewed", CriterionStatus.NotMet, m => m with { QualityReviews = [new QualityReview { ReviewerKind = ReviewerKind.InternalCommittee, Date = new DateOnly(2026, 2, 1) }] }),
        ["review-age"] = new("last review in January 2024", CriterionStatus.NotMet, m => m with { QualityReviews = [new QualityReview { Date = new DateOnly(2024, 1, 15) }] }),
        ["update-age"] = new("last updated in January 2024", CriterionStatus.NotMet, m => m with { LastUpdated = new DateOnly(2024, 1, 15) }),
        ["mvf.quality.aligned-to-needs"] = new("the reviewer did not confirm", CriterionStatus.NotMet, m => m with { Attestations = [Subjects.Attest("mvf.quality.aligned-to-needs", confirmed: false)] }),
        ["mvf.assessment.industry-standards"] = new("attested in 2023, past its 24 months", CriterionStatus.NotMet, m => m with { Attestations = [Subjects.Attest("mvf.assessment.industry-standards", new DateOnly(2023, 1, 1))] }),
        ["target-occupations"] = new("occupation named in words, not by code", CriterionStatus.NotMet, m => m with { TargetOccupations = ["IT support"] }),
        ["labor-wages"] = new("the occupation pays below the threshold", CriterionStatus.NotMet, Context: BadLaborMarket),
        ["labor-outlook"] = new("the occupation is projected to shrink", CriterionStatus.NotMet, Context: BadLaborMarket),
        ["labor-demand"] = new("the occupation has few openings", CriterionStatus.NotMet, Context: BadLaborMarket),
        ["technical-and-durable-skills"] = new("only technical competencies", CriterionStatus.PartlyMet, m => m with { Competencies = [.. m.Competencies.Select(c => c with { Kind = CompetencyKind.Technical })] }),
        ["employer-activity"] = new("employers did nothing beyond hiring commitments, long ago", CriterionStatus.NotMet, m => m with { EmployerPartners = [new EmployerEngagement { Employer = "Acme", Activities = [EngagementActivity.HiringCommitment], Date = new DateOnly(2020, 1, 1) }] }),
        ["mvf.employer-engagement.engaged-recently"] = new("the last engagement was in 2022", CriterionStatus.NotMet, m => m with { EmployerPartners = [.. m.EmployerPartners.Select(e => e with { Date = new DateOnly(2022, 5, 1) })] }),
        ["employer-validations"] = new("no employer validated", CriterionStatus.NotMet, m => m with { EmployerPartners = [new EmployerEngagement { Employer = "Acme", Activities = [EngagementActivity.Endorsed] }] }),
        ["mvf.employer-engagement.validated"] = new("one employer validated of the two required", CriterionStatus.PartlyMet, m => m with { EmployerPartners = [m.EmployerPartners[0]] }),
        ["credit-portability"] = new("articulation only at the provider", CriterionStatus.PartlyMet, m => m with { Credit = m.Credit! with { Articulations = [new Articulation { Credential = "Certificate in IT", Institution = "Lakeshore Community College" }] } }),
        ["required-fields"] = new("no description and no public page", CriterionStatus.PartlyMet, m => m with { Description = null, Publication = m.Publication! with { PublicUrl = null } }),
        ["mvf.clarity.expiry-stated"] = new("validity not stated", CriterionStatus.NotMet, m => m with { Validity = null }),
        ["competencies-aligned"] = new("no competency aligned", CriterionStatus.NotMet, m => m with { Competencies = [.. m.Competencies.Select(c => c with { Alignments = [] })] }),
        ["max-duration"] = new("60 weeks", CriterionStatus.NotMet, m => m with { Duration = m.Duration! with { Weeks = 60 } }),
        ["delivery-flexibility"] = new("in person, cohort only", CriterionStatus.NotMet, m => m with { DeliveryModes = [DeliveryMode.InPerson], Pacing = [Pacing.Cohort] }),
        ["format-options"] = new("one format, cohort only", CriterionStatus.PartlyMet, m => m with { Formats = ["course"], Pacing = [Pacing.Cohort] }),
        ["performance-assessment"] = new("only an exam", CriterionStatus.NotMet, m => m with { Assessments = [m.Assessments[1] with { Assesses = ["troubleshoot", "communicate"] }] }),
        ["assessment-rubrics"] = new("no rubrics", CriterionStatus.NotMet, m => m with { Assessments = [.. m.Assessments.Select(a => a with { Rubric = null })] }),
        ["stackable-credit"] = new("non-credit without articulation", CriterionStatus.NotMet, m => m with { Credit = new Credit() }),
        ["mvf.stackability.toward-degree-or-certification"] = new("credit-bearing, articulating into a certificate only", CriterionStatus.PartlyMet, m => m with { Credit = m.Credit! with { Articulations = [new Articulation { Credential = "Certificate in IT" }] } }),
        ["pathway-membership"] = new("in none of the pathways", CriterionStatus.NotMet, m => m with { Id = "orphan" }),
        ["mastery-award"] = new("40 seat hours without mastery", CriterionStatus.NotMet, m => m with { AwardRule = new AwardRule { RequiredSeatHours = 40 } }),
        ["proficiency-levels"] = new("no levels", CriterionStatus.NotMet, m => m with { Competencies = [.. m.Competencies.Select(c => c with { RequiredProficiency = null })] }),
        ["prior-learning"] = new("prior learning not accepted", CriterionStatus.NotMet, m => m with { Credit = m.Credit! with { PriorLearningAccepted = false } }),
        ["digital-badge"] = new("not issued as a badge", CriterionStatus.NotMet, m => m with { Publication = m.Publication! with { DigitalBadge = false } }),
        ["machine-readable-metadata"] = new("no machine-readable metadata", CriterionStatus.NotMet, m => m with { Publication = m.Publication! with { MachineReadableMetadata = false } }),
        ["published"] = new("neither page nor catalog", CriterionStatus.NotMet, m => m with { Publication = m.Publication! with { PublicUrl = null, CatalogListed = false } }),
        ["eu-microcredential.identification.title"] = new("empty title", CriterionStatus.NotMet, m => m with { Title = " " }),
        ["eu-microcredential.identification.country"] = new("provider without country", CriterionStatus.NotMet, m => m with { Provider = m.Provider! with { Country = null } }),
        ["eu-microcredential.identification.awarding-body"] = new("no provider", CriterionStatus.NotMet, m => m with { Provider = null }),
        ["eu-microcredential.learning.learning-outcomes"] = new("no competencies", CriterionStatus.NotMet, m => m with { Competencies = [] }),
        ["eu-microcredential.learning.notional-workload"] = new("weeks only", CriterionStatus.NotMet, m => m with { Duration = new Duration { Weeks = 12 } }),
        ["eu-microcredential.learning.level"] = new("no level", CriterionStatus.NotMet, m => m with { Level = null, EqfLevel = null }),
        ["eu-microcredential.assessment-and-participation.assessment-type"] = new("no assessments", CriterionStatus.NotMet, m => m with { Assessments = [] }),
        ["eu-microcredential.assessment-and-participation.participation-form"] = new("no delivery modes", CriterionStatus.NotMet, m => m with { DeliveryModes = [] }),
        ["eu-microcredential.quality-assurance.quality-assurance"] = new("no quality assurance", CriterionStatus.NotMet, m => m with { QualityAssurance = null, QualityReviews = [] }),
    };

    /// <summary>Cases for pathways, by criterion full id first, then by check name.</summary>
    public static readonly Dictionary<string, Case> ForPathways = new(StringComparer.Ordinal)
    {
        ["pathway-stackable-credentials"] = new("a single microcredential", CriterionStatus.NotMet, Pathway: p => p with { Stages = [p.Stages[0]] }),
        ["pathway-portable-credentials"] = new("one credential not issued as a badge", CriterionStatus.PartlyMet,
            Context: c => c with { Microcredentials = With(c, "security", m => m with { Publication = m.Publication! with { DigitalBadge = false } }) }),
        ["target-occupations"] = new("occupations named in words", CriterionStatus.NotMet, Pathway: p => p with { TargetOccupations = ["network work"], OffRamps = [] }),
        ["labor-wages"] = new("the occupation pays below the threshold", CriterionStatus.NotMet, Context: BadLaborMarket),
        ["labor-outlook"] = new("the occupation is projected to shrink", CriterionStatus.NotMet, Context: BadLaborMarket),
        ["labor-demand"] = new("the occupation has few openings", CriterionStatus.NotMet, Context: BadLaborMarket),
        ["employer-activity"] = new("no employer initiated it", CriterionStatus.NotMet, Pathway: p => p with { EmployerPartners = [new EmployerEngagement { Employer = "Acme", Activities = [EngagementActivity.Validated] }] }),
        ["employer-validations"] = new("no employer validated it", CriterionStatus.NotMet, Pathway: p => p with { EmployerPartners = [new EmployerEngagement { Employer = "Acme", Activities = [EngagementActivity.Initiated] }] }),
        ["pathway-credential-duration"] = new("one credential takes 60 weeks", CriterionStatus.NotMet,
            Context: c => c with { Microcredentials = With(c, "networking", m => m with { Duration = m.Duration! with { Weeks = 60 } }) }),
        ["pathway-flexible-delivery"] = new("every credential in person, cohort only", CriterionStatus.NotMet,
            Context: c => c with { Microcredentials = c.Microcredentials.Values.Select(m => m with { DeliveryModes = [DeliveryMode.InPerson], Pacing = [Pacing.Cohort] }).ToDictionary(m => m.Id) }),
        ["pathway-affordable"] = new("every credential costs 5000", CriterionStatus.NotMet,
            Context: c => c with { Microcredentials = c.Microcredentials.Values.Select(m => m with { Cost = m.Cost! with { Tuition = 5000 } }).ToDictionary(m => m.Id) }),
        ["published"] = new("neither page nor catalog", CriterionStatus.NotMet, Pathway: p => p with { Publication = p.Publication! with { PublicUrl = null, CatalogListed = false } }),
        ["pathway-credentials-discoverable"] = new("one credential not in the catalog", CriterionStatus.PartlyMet,
            Context: c => c with { Microcredentials = With(c, "security", m => m with { Publication = m.Publication! with { CatalogListed = false } }) }),
        ["technical-and-durable-skills"] = new("only technical competencies", CriterionStatus.PartlyMet,
            Context: c => c with { Microcredentials = c.Microcredentials.Values.Select(m => m with { Competencies = [.. m.Competencies.Select(x => x with { Kind = CompetencyKind.Technical })] }).ToDictionary(m => m.Id) }),
        ["update-age"] = new("last updated in January 2024", CriterionStatus.NotMet, Pathway: p => p with { LastUpdated = new DateOnly(2024, 1, 15) }),
        ["digital-badge"] = new("the pathway is not issued as a badge", CriterionStatus.NotMet, Pathway: p => p with { Publication = p.Publication! with { DigitalBadge = false } }),
        ["machine-readable-metadata"] = new("no machine-readable metadata", CriterionStatus.NotMet, Pathway: p => p with { Publication = p.Publication! with { MachineReadableMetadata = false } }),
    };

    private static Dictionary<string, Microcredential> With(EvaluationContext context, string id, Func<Microcredential, Microcredential> change) =>
        context.Microcredentials.Values.Select(m => m.Id == id ? change(m) : m).ToDictionary(m => m.Id);

    private static EvaluationContext BadLaborMarket(EvaluationContext context)
    {
        var facts = DictionaryLaborMarketFacts.Good();
        facts.Wages["15-1232"] = facts.Wages["15-1232"] with { MedianAnnual = 41_000m };
        facts.Outlooks["15-1232"] = new OutlookFacts("15-1232", -3m, 200m, "2024–34", "Test projections 2024–34");
        return context with { LaborMarket = facts };
    }
}
