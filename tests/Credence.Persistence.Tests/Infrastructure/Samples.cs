using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Infrastructure;

/// <summary>Small designs and institutions for the tests.</summary>
public static class Samples
{
    public static readonly Actor Designer = new("user-designer", "Dana Designer");

    public static Microcredential Networking(string id = "network-basics", string title = "Network Basics") => new()
    {
        Id = id,
        Title = title,
        Description = "Set up and secure a small office network.",
        Provider = new ProviderInfo { Name = "Lakeshore Community College", Country = "US" },
        Competencies =
        [
            new Competency
            {
                Id = "configure",
                Statement = "Configure routers and switches for a small office.",
                Alignments = [new SkillAlignment { Framework = SkillFramework.OnetElement, Code = "2.B.3.e", Name = "Troubleshooting" }],
            },
        ],
        Duration = new Duration { Hours = 60, Weeks = 8 },
        DeliveryModes = [DeliveryMode.Online, DeliveryMode.Hybrid],
        Cost = new Cost { Tuition = 900, Fees = 100, Materials = 0 },
        Credit = new Credit { CreditBearing = true, CreditHours = 3 },
        TargetOccupations = ["15-1231.00"],
        Keywords = ["cisco"],
    };

    public static Microcredential Welding() => new()
    {
        Id = "welding-safety",
        Title = "Welding Safety",
        Description = "Work safely in a welding shop.",
        Provider = new ProviderInfo { Name = "Ridgeview Technical Institute" },
        Competencies = [new Competency { Id = "ppe", Statement = "Choose protective equipment for each welding process." }],
        Duration = new Duration { Weeks = 20 },
        DeliveryModes = [DeliveryMode.InPerson],
        Cost = new Cost { Tuition = 2500 },
        Credit = new Credit { CreditBearing = false },
        TargetOccupations = ["51-4121.00"],
    };

    public static Pathway ItSupportPathway() => new()
    {
        Id = "it-support",
        Title = "IT Support Pathway",
        Description = "From help desk to network technician.",
        Stages = [new PathwayStage { Id = "one", Microcredentials = ["network-basics"] }],
        OffRamps = [new OffRamp { AfterStage = "one", Occupations = ["15-1232.00"] }],
    };

    public static async Task<Institution> AddInstitutionAsync(TestDatabase database, string slug = "lakeshore", string name = "Lakeshore Community College")
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<InstitutionStore>()
            .AddAsync(new Institution { Slug = slug, Name = name, Country = "US" }, Actor.System, CancellationToken.None);
    }
}
