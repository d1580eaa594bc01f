using BenchmarkDotNet.Attributes;
using Credence.Domain.Authoring;
using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Benchmarks;

/// <summary>Loading and writing authoring files: 1,000 microcredential files and 100 pathway files, loaded together.</summary>
[MemoryDiagnoser]
public class AuthoringBenchmarks
{
    private const int MicrocredentialCount = 1_000;
    private const int PathwayCount = 100;

    private SourceDocument[] _documents = [];
    private Microcredential _microcredential = null!;

    [GlobalSetup]
    public void Setup()
    {
        var microcredentials = Enumerable.Range(0, MicrocredentialCount).Select(Microcredential).ToList();
        var pathways = Enumerable.Range(0, PathwayCount).Select(i => new Pathway
        {
            Id = $"pathway-{i}",
            Title = $"Pathway {i}",
            Stages =
            [
                new PathwayStage { Id = "entry", Microcredentials = [$"mc-{i * 10}", $"mc-{(i * 10) + 1}"] },
                new PathwayStage { Id = "choice", Microcredentials = [$"mc-{(i * 10) + 2}", $"mc-{(i * 10) + 3}", $"mc-{(i * 10) + 4}"], Rule = StageRule.NOf, Count = 2, After = ["entry"] },
            ],
            OffRamps = [new OffRamp { AfterStage = "entry", Occupations = ["15-1232.00"] }],
        });
        _documents =
        [
            .. microcredentials.Select(m => new SourceDocument($"{m.Id}.yaml", AuthoringWriter.Write(m))),
            .. pathways.Select(p => new SourceDocument($"{p.Id}.yaml", AuthoringWriter.Write(p))),
        ];
        _microcredential = microcredentials[0];
        if (AuthoringLoader.Load(_documents).HasErrors)
        {
            throw new InvalidOperationException("The generated files do not load cleanly.");
        }
    }

    [Benchmark]
    public int LoadThousandMicrocredentialsAndHundredPathways() => AuthoringLoader.Load(_documents).Microcredentials.Count;

    [Benchmark]
    public int WriteOneMicrocredential() => AuthoringWriter.Write(_microcredential).Length;

    private static Microcredential Microcredential(int i) => new()
    {
        Id = $"mc-{i}",
        Title = $"Microcredential {i}",
        Description = "Learners set up, secure and troubleshoot the computers and small-office networks people rely on at work.",
        Provider = new ProviderInfo { Name = "Lakeshore Community College", Country = "US" },
        Level = CredentialLevel.Foundational,
        Competencies = [.. Enumerable.Range(0, 5).Select(c => new Competency
        {
            Id = $"c{c}",
            Statement = $"Diagnose and resolve fault class {c} using a documented method.",
            RequiredProficiency = new ProficiencyRequirement("dreyfus", "competent"),
            Alignments = [new SkillAlignment { Framework = SkillFramework.OnetElement, Code = "2.B.3.k", Name = "Troubleshooting" }],
        })],
        Assessments = [new Assessment { Id = "a1", Method = AssessmentMethod.Simulation, PerformanceBased = true, Assesses = ["c0", "c1", "c2", "c3", "c4"] }],
        AwardRule = new AwardRule { MasteryOfAllCompetencies = true },
        Duration = new Duration { Hours = 90, Weeks = 8 },
        DeliveryModes = [DeliveryMode.Hybrid],
        Cost = new Cost { Tuition = 450, Fees = 75 },
        Entry = new Entry { OpenAccess = true },
        TargetOccupations = ["15-1232.00"],
        Region = new RegionRef("US", "OH"),
        EmployerPartners = [new EmployerEngagement { Employer = "Great Lakes Health System", Activities = [EngagementActivity.Validated], Date = new DateOnly(2025, 3, 14) }],
        QualityReviews = [new QualityReview { Date = new DateOnly(2025, 4, 10), Reviewer = "Dana Whitfield" }],
        LastUpdated = new DateOnly(2025, 6, 15),
    };
}
