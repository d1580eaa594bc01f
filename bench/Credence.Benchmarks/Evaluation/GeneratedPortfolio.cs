using Credence.Domain.Common;
using Credence.Domain.Evaluation;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Benchmarks.Evaluation;

/// <summary>A deterministic, varied portfolio of generated microcredentials and pathways for the evaluation benchmark.</summary>
/// <remarks>Field values vary with a fixed seed so that every verdict (met, partly met, not met, not enough information) occurs.</remarks>
internal sealed class GeneratedPortfolio
{
    private static readonly string[] Occupations = ["15-1232", "29-2061", "51-4041", "15-2051", "43-4051", "31-1131"];

    public GeneratedPortfolio(int microcredentials, int pathways, int seed = 20260630)
    {
        var random = new Random(seed);
        Microcredentials = Enumerable.Range(0, microcredentials).Select(i => Microcredential(i, random)).ToList();
        var byId = Microcredentials.ToDictionary(m => m.Id);
        Pathways = Enumerable.Range(0, pathways).Select(i => Pathway(i, random, microcredentials)).ToList();
        Context = new EvaluationContext
        {
            AsOf = new DateOnly(2026, 6, 30),
            Microcredentials = byId,
            Pathways = Pathways,
            LaborMarket = BenchmarkLaborMarketFacts.Create(Occupations),
        };
    }

    public IReadOnlyList<Microcredential> Microcredentials { get; }

    public IReadOnlyList<Pathway> Pathways { get; }

    public EvaluationContext Context { get; }

    private static Microcredential Microcredential(int i, Random random)
    {
        bool Chance(int percent) => random.Next(100) < percent;
        var competencies = Enumerable.Range(0, 2 + random.Next(5)).Select(c => new Competency
        {
            Id = $"c{c}",
            Statement = $"Competency {c}",
            Kind = Chance(30) ? CompetencyKind.Durable : CompetencyKind.Technical,
            RequiredProficiency = Chance(80) ? new ProficiencyRequirement("dreyfus", "competent") : null,
            Alignments = Chance(70) ? [new SkillAlignment { Framework = SkillFramework.OnetElement, Code = "2.B.3.l" }] : [],
        }).ToList();
        return new Microcredential
        {
            Id = $"mc-{i}",
            Title = $"Microcredential {i}",
            Description = Chance(90) ? "A generated microcredential." : null,
            Provider = new ProviderInfo { Name = "Generated College", Country = Chance(80) ? "US" : null },
            Level = CredentialLevel.Foundational,
            EqfLevel = Chance(30) ? 4 : null,
            Competencies = competencies,
            Assessments = Chance(90)
                ? [new Assessment { Id = "a", Method = AssessmentMethod.Project, PerformanceBased = Chance(75), Assesses = [.. competencies.Select(c => c.Id)], Rubric = Chance(80) ? "Rubric" : null }]
                : [],
            AwardRule = Chance(90) ? new AwardRule { MasteryOfAllCompetencies = Chance(85), RequiredSeatHours = Chance(20) ? 40 : null } : null,
            Duration = Chance(95) ? new Duration { Weeks = random.Next(4, 70), Hours = random.Next(20, 400), Ects = Chance(30) ? 5 : null } : null,
            DeliveryModes = Chance(50) ? [DeliveryMode.Online, DeliveryMode.Hybrid] : [DeliveryMode.InPerson],
            Pacing = Chance(40) ? [Pacing.SelfPaced] : [Pacing.Cohort],
            Formats = Chance(50) ? ["module", "workshop"] : ["course"],
            Cost = Chance(90) ? new Cost { Tuition = random.Next(0, 4000), Fees = random.Next(0, 200), Materials = random.Next(0, 300), OpenEducationalResources = Chance(50) } : null,
            Credit = Chance(85)
                ? new Credit
                {
                    CreditBearing = Chance(60),
                    PriorLearningAccepted = Chance(50),
                    Articulations = Chance(60) ? [new Articulation { Credential = "AAS", Kind = StackTargetKind.AssociateDegree, Institution = Chance(50) ? "Partner University" : "Generated College" }] : [],
                }
                : null,
            Entry = Chance(90) ? new Entry { OpenAccess = Chance(60), AlternativeRoute = Chance(30) ? "placement" : null } : null,
            SupportServices = Chance(80) ? ["advising", "tutoring"] : [],
            Outreach = Chance(60) ? ["adult learners"] : [],
            Validity = Chance(70) ? new Validity { Months = 36 } : null,
            TargetOccupations = Chance(90) ? [Occupations[random.Next(Occupations.Length)]] : [],
            Region = new RegionRef("US", "OH"),
            EmployerPartners = Chance(85)
                ? [new EmployerEngagement { Employer = "Employer", Activities = [EngagementActivity.Validated, EngagementActivity.CoDesigned], Date = new DateOnly(2025, random.Next(1, 13), 1) }]
                : [],
            Partnerships = Chance(50) ? [new Partnership { Institution = "Partner University" }] : [],
            QualityReviews = Chance(80) ? [new QualityReview { Date = new DateOnly(random.Next(2023, 2027), random.Next(1, 7), 1) }] : [],
            QualityAssurance = Chance(50) ? "Curriculum committee" : null,
            LastUpdated = Chance(90) ? new DateOnly(random.Next(2023, 2027), random.Next(1, 7), 1) : null,
            Publication = Chance(90)
                ? new Publication { PublicUrl = Chance(80) ? $"https://example.edu/mc-{i}" : null, CatalogListed = Chance(70), DigitalBadge = Chance(70), BadgeStandard = "open-badges-3.0", MachineReadableMetadata = Chance(60) }
                : null,
            Attestations = Chance(50) ? [new Attestation { Criterion = "mvf.quality.aligned-to-needs", By = "Dean", Date = new DateOnly(2026, 1, 1), Evidence = ["minutes"] }] : [],
        };
    }

    private static Pathway Pathway(int i, Random random, int microcredentials) => new()
    {
        Id = $"pw-{i}",
        Title = $"Pathway {i}",
        Stages =
        [
            new PathwayStage { Id = "s1", Microcredentials = [$"mc-{random.Next(microcredentials)}"] },
            new PathwayStage { Id = "s2", Microcredentials = [$"mc-{random.Next(microcredentials)}", $"mc-{random.Next(microcredentials)}"], Rule = StageRule.NOf, Count = 1, After = ["s1"] },
            new PathwayStage { Id = "s3", Microcredentials = [$"mc-{random.Next(microcredentials)}"], After = ["s2"] },
        ],
        OffRamps = [new OffRamp { AfterStage = "s1", Occupations = [Occupations[random.Next(Occupations.Length)]] }],
        StacksInto = [new StackTarget { Credential = "AAS", Kind = random.Next(2) == 0 ? StackTargetKind.AssociateDegree : StackTargetKind.Certificate }],
        TargetOccupations = [Occupations[random.Next(Occupations.Length)]],
        Region = new RegionRef("US", "OH"),
        EmployerPartners = [new EmployerEngagement { Employer = "Employer", Activities = [EngagementActivity.Initiated, EngagementActivity.Validated] }],
        LastUpdated = new DateOnly(2026, 1, 1),
        Publication = new Publication { PublicUrl = $"https://example.edu/pw-{i}", CatalogListed = true, DigitalBadge = random.Next(2) == 0 },
    };
}
