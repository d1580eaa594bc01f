using Credence.Domain.Evaluation;
using Credence.Persistence.Designs;
using Credence.Persistence.Frameworks;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Designs;

public sealed class FrameworkOverrideStoreTests
{
    private const string Override = """
        framework: mvf
        versionSuffix: lakeshore.2026
        disabled: [access.outreach]
        """;

    private const string Microcredential = """
        kind: microcredential
        id: intro-welding
        title: Introduction to Welding
        competencies:
          - id: bead
            statement: Run a consistent bead on mild steel.
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_stored_override_is_applied_the_next_time_the_institutions_designs_are_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var institution = await Samples.AddInstitutionAsync(database);
        await Samples.AddInstitutionAsync(database, "riverside", "Riverside College");
        await using var scope = database.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<DesignImporter>();
        await importer.ImportAsync("lakeshore", [new("a.yaml", Microcredential)], new ImportOptions { Publish = true }, Samples.Designer, Token);
        await importer.ImportAsync("riverside", [new("a.yaml", Microcredential)], new ImportOptions { Publish = true }, Samples.Designer, Token);
        var store = scope.ServiceProvider.GetRequiredService<FrameworkOverrideStore>();

        var errors = await store.SaveAsync(institution.Id, Override, Samples.Designer, Token);
        await importer.ImportAsync("lakeshore", [new("a.yaml", Microcredential)], new ImportOptions(), Samples.Designer, Token);
        await importer.ImportAsync("riverside", [new("a.yaml", Microcredential)], new ImportOptions(), Samples.Designer, Token);

        Assert.Empty(errors);
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var versions = await db.Scorecards.Where(s => s.FrameworkId == "mvf")
            .Select(s => new { db.DesignVersions.Single(v => v.Id == s.DesignVersionId).Design!.InstitutionId, db.DesignVersions.Single(v => v.Id == s.DesignVersionId).Number, s.FrameworkVersion, s.Content })
            .ToListAsync(Token);
        Assert.DoesNotContain("+lakeshore.2026", Assert.Single(versions, v => v.InstitutionId == institution.Id && v.Number == 1).FrameworkVersion, StringComparison.Ordinal);
        var lakeshore = Assert.Single(versions, v => v.InstitutionId == institution.Id && v.Number == 2);
        Assert.EndsWith("+lakeshore.2026", lakeshore.FrameworkVersion, StringComparison.Ordinal);
        Assert.DoesNotContain("access.outreach", lakeshore.Content, StringComparison.Ordinal);
        Assert.All(versions.Where(v => v.InstitutionId != institution.Id), v => Assert.DoesNotContain("+lakeshore.2026", v.FrameworkVersion, StringComparison.Ordinal));
        var stored = await store.FindAsync(institution.Id, Token);
        Assert.Equal((Override, Samples.Designer.UserId, TestDatabase.Start), (stored!.Yaml, stored.UpdatedBy, stored.UpdatedAt));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "framework-override.saved" && a.InstitutionId == institution.Id, Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_override_with_problems_is_refused_with_every_code_and_nothing_is_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var institution = await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<FrameworkOverrideStore>();

        var unknownFramework = await store.SaveAsync(institution.Id, "framework: no-such-framework\n", Samples.Designer, Token);
        var unknownParts = await store.SaveAsync(institution.Id, "framework: mvf\nweights:\n  principles: { nowhere: 2 }\ndisabled: [access.nothing]\n", Samples.Designer, Token);

        Assert.Equal([FrameworkOverrideCodes.UnknownFramework], unknownFramework.Select(e => e.Code));
        Assert.Equal([RuleCodes.UnknownCriterion, RuleCodes.UnknownPrinciple], unknownParts.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Null(await store.FindAsync(institution.Id, Token));
    }
}
