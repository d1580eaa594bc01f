using Credence.Domain.Authoring;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Designs;

public sealed class ProficiencyScaleImportTests
{
    private const string Scale = """
        kind: proficiency-scale
        id: shop-skills
        name: Shop skills
        levels:
          - id: guided
            name: Guided
          - id: independent
            name: Independent
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Welding(string level) => $"""
        kind: microcredential
        id: intro-welding
        title: Introduction to Welding
        competencies:
          - id: bead
            statement: Run a consistent bead on mild steel.
            requiredProficiency: {"{"} scale: shop-skills, level: {level} {"}"}
        """;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Importing_a_scale_file_stores_the_scale_with_its_levels_yaml_and_an_audit_entry(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var institution = await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();

        var result = await importer.ImportAsync(
            "lakeshore", [new("scales/shop-skills.yaml", Scale), new("microcredentials/intro-welding.yaml", Welding("independent"))], new ImportOptions(), Samples.Designer, Token);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Scales);
        var stored = Assert.Single(await scope.ServiceProvider.GetRequiredService<ProficiencyScaleStore>().ListAsync(institution.Id, Token));
        Assert.Equal(("shop-skills", "Shop skills", Scale), (stored.Slug, stored.Name, stored.SourceYaml));
        Assert.Equal(["guided", "independent"], DesignJson.DeserializeLevels(stored.Levels).Select(l => l.Id));
        Assert.Equal(TestDatabase.Start, stored.CreatedAt);
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "scale.imported" && a.EntityKey == "shop-skills" && a.InstitutionId == institution.Id, Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_later_import_resolves_designs_against_the_stored_scale_and_still_checks_its_levels(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        await importer.ImportAsync("lakeshore", [new("scales/shop-skills.yaml", Scale)], new ImportOptions(), Samples.Designer, Token);

        var good = await importer.ImportAsync("lakeshore", [new("intro-welding.yaml", Welding("guided"))], new ImportOptions(), Samples.Designer, Token);
        var bad = await importer.ImportAsync("lakeshore", [new("intro-welding.yaml", Welding("expert"))], new ImportOptions(), Samples.Designer, Token);

        Assert.True(good.Succeeded);
        Assert.Equal((1, 0), (good.Microcredentials, good.Scales));
        var error = Assert.Single(bad.Errors);
        Assert.Equal(("intro-welding.yaml", AuthoringCodes.UnknownLevel), (error.Path, error.Code));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_scale_file_in_a_later_import_replaces_the_stored_scale(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var institution = await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        await importer.ImportAsync("lakeshore", [new("scales/shop-skills.yaml", Scale)], new ImportOptions(), Samples.Designer, Token);
        var renamed = Scale.Replace("name: Shop skills", "name: Workshop skills", StringComparison.Ordinal) + "\n  - id: leading\n    name: Leading\n";

        var result = await importer.ImportAsync(
            "lakeshore", [new("scales/shop-skills.yaml", renamed), new("intro-welding.yaml", Welding("leading"))], new ImportOptions(), Samples.Designer, Token);

        Assert.True(result.Succeeded);
        var stored = Assert.Single(await scope.ServiceProvider.GetRequiredService<ProficiencyScaleStore>().ListAsync(institution.Id, Token));
        Assert.Equal(("Workshop skills", renamed), (stored.Name, stored.SourceYaml));
        Assert.Equal(["guided", "independent", "leading"], DesignJson.DeserializeLevels(stored.Levels).Select(l => l.Id));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_import_with_any_error_stores_no_scale(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();

        var result = await importer.ImportAsync(
            "lakeshore", [new("scales/shop-skills.yaml", Scale), new("intro-welding.yaml", Welding("expert"))], new ImportOptions(), Samples.Designer, Token);

        Assert.False(result.Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.Equal(0, await db.Set<StoredProficiencyScale>().CountAsync(Token));
        Assert.Equal(0, await db.Designs.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Another_institutions_scale_does_not_resolve(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await Samples.AddInstitutionAsync(database, "riverside", "Riverside College");
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        await importer.ImportAsync("lakeshore", [new("scales/shop-skills.yaml", Scale)], new ImportOptions(), Samples.Designer, Token);

        var result = await importer.ImportAsync("riverside", [new("intro-welding.yaml", Welding("guided"))], new ImportOptions(), Samples.Designer, Token);

        Assert.Equal(AuthoringCodes.UnknownScale, Assert.Single(result.Errors).Code);
    }
}
