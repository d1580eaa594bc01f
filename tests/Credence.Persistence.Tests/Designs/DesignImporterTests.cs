using Credence.Domain.Authoring;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Search;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Designs;

public sealed class DesignImporterTests
{
    private const string Microcredential = """
        kind: microcredential
        id: intro-welding
        title: Introduction to Welding
        description: Strike an arc and run a bead safely.
        competencies:
          - id: bead
            statement: Run a consistent bead on mild steel.
        duration: { hours: 40, weeks: 6 }
        deliveryModes: [in-person]
        """;

    private const string Pathway = """
        kind: pathway
        id: welding-pathway
        title: Welding Pathway
        stages:
          - id: start
            microcredentials: [intro-welding]
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Importing_clean_files_saves_every_design_with_its_yaml_and_scorecards(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        SourceDocument[] files = [new("microcredentials/intro-welding.yaml", Microcredential), new("pathways/welding-pathway.yaml", Pathway)];

        var result = await importer.ImportAsync("lakeshore", files, new ImportOptions { Publish = true }, Samples.Designer, Token);

        Assert.True(result.Succeeded);
        Assert.Equal((1, 1), (result.Microcredentials, result.Pathways));
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        var welding = await store.FindAsync("lakeshore", DesignKind.Microcredential, "intro-welding", DesignVersionChoice.Published, Token);
        var pathway = await store.FindAsync("lakeshore", DesignKind.Pathway, "welding-pathway", DesignVersionChoice.Published, Token);
        Assert.Equal(Microcredential, welding!.SourceYaml);
        Assert.Equal(Pathway, pathway!.SourceYaml);
        var scorecards = await store.ListScorecardsAsync(welding.Id, Token);
        Assert.NotEmpty(scorecards);
        Assert.Equal(result.Scorecards, await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Scorecards.CountAsync(Token));
        Assert.All(scorecards, s => Assert.Equal(DateOnly.FromDateTime(TestDatabase.Start.UtcDateTime), s.AsOf));
        var found = await scope.ServiceProvider.GetRequiredService<ICatalogSearch>().SearchAsync(new CatalogQuery { Text = "bead" }, Token);
        Assert.Equal("intro-welding", Assert.Single(found.Items).Id);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Files_with_any_error_import_nothing_and_report_every_error(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        SourceDocument[] files =
        [
            new("microcredentials/intro-welding.yaml", Microcredential),
            new("pathways/broken.yaml", "kind: pathway\nid: broken\ntitle: Broken\nstages:\n  - id: start\n    microcredentials: [no-such-microcredential]\n"),
            new("other/unknown.yaml", "kind: brochure\n"),
        ];

        var result = await importer.ImportAsync("lakeshore", files, new ImportOptions { Publish = true }, Samples.Designer, Token);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == "pathways/broken.yaml");
        Assert.Contains(result.Errors, e => e.Path == "other/unknown.yaml" && e.Code == AuthoringCodes.UnknownKind);
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.Equal(0, await db.Designs.CountAsync(Token));
        Assert.Equal(0, await db.Scorecards.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Importing_into_an_unknown_institution_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();

        var result = await importer.ImportAsync("nowhere", [new("a.yaml", Microcredential)], new ImportOptions(), Samples.Designer, Token);

        Assert.Equal(DesignCodes.InstitutionNotFound, result.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Importing_a_design_again_makes_a_new_version_and_keeps_the_published_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        await importer.ImportAsync("lakeshore", [new("a.yaml", Microcredential)], new ImportOptions { Publish = true }, Samples.Designer, Token);

        var again = await importer.ImportAsync(
            "lakeshore", [new("a.yaml", Microcredential.Replace("Introduction to Welding", "Welding I", StringComparison.Ordinal))], new ImportOptions(), Samples.Designer, Token);

        Assert.True(again.Succeeded);
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        Assert.Equal("Introduction to Welding", (await store.FindAsync("lakeshore", DesignKind.Microcredential, "intro-welding", DesignVersionChoice.Published, Token))!.Title);
        Assert.Equal(2, (await store.FindAsync("lakeshore", DesignKind.Microcredential, "intro-welding", DesignVersionChoice.Draft, Token))!.Number);
    }
}
