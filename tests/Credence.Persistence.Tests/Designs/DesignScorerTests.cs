using System.Text.Json;
using Credence.Domain.Authoring;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Designs;

public sealed class DesignScorerTests
{
    private const string Microcredential = """
        kind: microcredential
        id: intro-welding
        title: Introduction to Welding
        competencies:
          - id: bead
            statement: Run a consistent bead on mild steel.
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

    public static IEnumerable<TheoryDataRow<string, bool, string>> Cases() =>
        from provider in TestProviders.All()
        from row in new[]
        {
            (true, "met"),                         // the institution's pathway names it
            (false, "not-enough-information"),     // the institution has no pathway at all
        }
        select new TheoryDataRow<string, bool, string>(provider.Data, row.Item1, row.Item2) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_microcredential_is_scored_against_the_institutions_pathways(string provider, bool withPathway, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        SourceDocument[] files = withPathway ? [new("m.yaml", Microcredential), new("p.yaml", Pathway)] : [new("m.yaml", Microcredential)];
        await scope.ServiceProvider.GetRequiredService<DesignImporter>().ImportAsync("lakeshore", files, new ImportOptions(), Samples.Designer, Token);
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        var version = await store.FindAsync("lakeshore", DesignKind.Microcredential, "intro-welding", DesignVersionChoice.Draft, Token);

        var scorecards = await scope.ServiceProvider.GetRequiredService<DesignScorer>().ScoreAsync(version!, Token);

        var mvf = JsonDocument.Parse(scorecards.Single(s => s.FrameworkId == "mvf").Content).RootElement;
        var criterion = mvf.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterionId").GetString() == "mvf.stackability.in-a-pathway");
        Assert.Equal(expected, criterion.GetProperty("status").GetString());
        Assert.Equal(scorecards.Count, (await store.ListScorecardsAsync(version!.Id, Token)).Count);  // rescoring replaces, never adds
    }
}
