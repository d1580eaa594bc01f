using Credence.Domain.Common;
using Credence.Domain.Evaluation;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Evaluation;

/// <summary>Test subjects built from the domain records: an excellent microcredential and pathway that meet every built-in criterion, and a bare one.</summary>
internal static class Subjects
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static Microcredential Excellent(string id = "it-support") => new()
    {
        Id = id,
        Title = "IT Support Fundamentals",
        Description = "Troubleshoot hardware, software and networks for small offices.",
        Provider = new ProviderInfo { Name = "Lakeshore Community College", Country = "US" },
        Level = CredentialLevel.Foundational,
        EqfLevel = 4,
        Languages = ["en"],
        Competencies =
        [
            new Competency
            {
                Id = "troubleshoot",
                Statement = "Troubleshoot common desktop hardware and software faults.",
                Kind = CompetencyKind.Technical,
                RequiredProficiency = new ProficiencyRequirement("dreyfus", "competent"),
                Alignments = [new SkillAlignment { Framework = SkillFramework.OnetElement, Code = "2.B.3.l", Name = "Troubleshooting" }],
            },
            new Competency
            {
                Id = "communicate",
                Statement = "Explain a fix to a non-technical user.",
                Kind = CompetencyKind.Durable,
                RequiredProficiency = new ProficiencyRequirement("dreyfus", "competent"),
                Alignments = [new SkillAlignment { Framework = SkillFramework.EscoSkill, Uri = "http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7" }],
            },
        ],
        Assessments =
        [
            new Assessment { Id = "help-desk-simulation", Method = AssessmentMethod.Simulation, PerformanceBased = true, Assesses = ["troubleshoot", "communicate"], Rubric = "Resolves the ticket and explains it; four levels." },
            new Assessment { Id = "knowledge-check", Method = AssessmentMethod.Exam, Assesses = ["troubleshoot"], Rubric = "80% correct." },
        ],
        AwardRule = new AwardRule { MasteryOfAllCompetencies = true },
        Duration = new Duration { Hours = 120, Weeks = 12, Ects = 4 },
        DeliveryModes = [DeliveryMode.Online, DeliveryMode.Hybrid],
        Pacing = [Pacing.SelfPaced],
        Formats = ["module", "workshop"],
        Cost = new Cost { Tuition = 900, Fees = 50, Materials = 0, OpenEducationalResources = true },
        Credit = new Credit
        {
            CreditBearing = true,
            CreditHours = 3,
            PriorLearningAccepted = true,
            Articulations = [new Articulation { Credential = "AAS Information Technology", Kind = StackTargetKind.AssociateDegree, Institution = "Northfield State University", CreditHours = 3 }],
        },
        Entry = new Entry { OpenAccess = true },
        SupportServices = ["advising", "tutoring", "career services"],
        Outreach = ["adult learners at the public library"],
        Validity = new Validity { Months = 36, Renewal = "Short refresher assessment." },
        TargetOccupations = ["15-1232"],
        Region = new RegionRef("US", "OH"),
        EmployerPartners =
        [
            new EmployerEngagement
            {
                Employer = "Acme Health",
                Activities = [EngagementActivity.CoDesigned, EngagementActivity.Validated, EngagementActivity.Endorsed, EngagementActivity.WorkBasedLearning],
                Date = new DateOnly(2026, 3, 1),
            },
            new EmployerEngagement { Employer = "Beta Logistics", Activities = [EngagementActivity.Validated], Date = new DateOnly(2026, 1, 10) },
        ],
        Partnerships = [new Partnership { Institution = "Northfield State University", Role = "credit recognition" }],
        QualityReviews = [new QualityReview { ReviewerKind = ReviewerKind.SubjectMatterExpert, Reviewer = "IT advisory faculty", Date = new DateOnly(2026, 2, 1) }],
        IdentityVerification = "Photo ID checked at the proctored simulation.",
        QualityAssurance = "Internal curriculum committee and SME review.",
        LastUpdated = new DateOnly(2026, 4, 1),
        Publication = new Publication
        {
            PublicUrl = "https://lakeshore.example/it-support",
            CatalogListed = true,
            DigitalBadge = true,
            BadgeStandard = "open-badges-3.0",
            MachineReadableMetadata = true,
        },
        Attestations =
        [
            Attest("mvf.quality.aligned-to-needs"),
            Attest("mvf.assessment.industry-standards"),
        ],
    };

    public static Microcredential Bare(string id = "bare") => new() { Id = id, Title = "Bare" };

    public static Attestation Attest(string criterion, DateOnly? date = null, bool confirmed = true, IReadOnlyList<string>? evidence = null) => new()
    {
        Criterion = criterion,
        By = "Dean of Workforce Programs",
        Date = date ?? new DateOnly(2026, 5, 1),
        Confirmed = confirmed,
        Evidence = evidence ?? ["https://lakeshore.example/reviews/2026-05"],
    };

    public static Pathway ExcellentPathway() => new()
    {
        Id = "it-pathway",
        Title = "IT Support to Network Technician",
        Stages =
        [
            new PathwayStage { Id = "entry", Microcredentials = ["it-support"] },
            new PathwayStage { Id = "specialise", Microcredentials = ["networking", "security"], Rule = StageRule.NOf, Count = 1, After = ["entry"] },
        ],
        OffRamps = [new OffRamp { AfterStage = "entry", Title = "Help desk technician", Occupations = ["15-1232"] }],
        StacksInto = [new StackTarget { Credential = "AAS Information Technology", Kind = StackTargetKind.AssociateDegree, CreditHours = 6 }],
        TargetOccupations = ["15-1232"],
        Region = new RegionRef("US", "OH"),
        EmployerPartners =
        [
            new EmployerEngagement { Employer = "Acme Health", Activities = [EngagementActivity.Initiated, EngagementActivity.Validated], Date = new DateOnly(2026, 2, 1) },
        ],
        LastUpdated = new DateOnly(2026, 4, 1),
        Publication = new Publication { PublicUrl = "https://lakeshore.example/it-pathway", CatalogListed = true, DigitalBadge = true, BadgeStandard = "open-badges-3.0", MachineReadableMetadata = true },
    };

    public static IReadOnlyDictionary<string, Microcredential> PathwayMicrocredentials() =>
        new[] { Excellent("it-support"), Excellent("networking"), Excellent("security") }.ToDictionary(m => m.Id);

    /// <summary>A context in which the excellent subjects meet every criterion.</summary>
    public static EvaluationContext Context(IReadOnlyDictionary<string, Microcredential>? microcredentials = null) => new()
    {
        AsOf = AsOf,
        Microcredentials = microcredentials ?? PathwayMicrocredentials(),
        Pathways = [ExcellentPathway()],
        LaborMarket = DictionaryLaborMarketFacts.Good(),
    };
}
