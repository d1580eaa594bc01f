using System.Net;
using System.Text.Json;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed class SampleInstitutionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_first_start_on_an_empty_database_shows_the_sample_institution_with_scores(string provider)
    {
        await using var factory = new CredenceWebFactory(provider, loadSamples: true);
        using var client = factory.CreateClient();

        using var institutions = JsonDocument.Parse(await client.GetStringAsync("/api/institutions", Token));
        using var catalog = JsonDocument.Parse(await client.GetStringAsync("/api/microcredentials?q=help%20desk", Token));
        var page = await client.GetStringAsync("/catalog/scioto-river/microcredentials/srcc-it-help-desk-fundamentals", Token);
        using var pathway = await client.GetAsync("/catalog/scioto-river/pathways/srcc-it-support-pathway", Token);
        var yaml = await client.GetStringAsync("/api/microcredentials/scioto-river/srcc-it-help-desk-fundamentals/yaml", Token);
        var file = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "microcredentials", "it-help-desk-fundamentals.yaml"), Token);

        Assert.Equal("scioto-river", Assert.Single(institutions.RootElement.EnumerateArray()).GetProperty("slug").GetString());
        Assert.Contains(catalog.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "srcc-it-help-desk-fundamentals");
        Assert.Contains("Value framework scores", page, StringComparison.Ordinal);
        Assert.Contains(" / 100", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pathway.StatusCode);
        Assert.Equal(file, yaml);                                 // the imported file, comments and all
    }
}
