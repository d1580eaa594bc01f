using System.Text;
using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;
using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Persistence.Keys;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

/// <summary>A migrated database with issuing registered, an institution and a published microcredential with levelled competencies.</summary>
public sealed class IssuingFixture : IAsyncDisposable
{
    public static readonly Uri BaseUrl = new("https://credence.example");

    private IssuingFixture(TestDatabase database, IssuingOptions options)
    {
        Database = database;
        Options = options;
    }

    public TestDatabase Database { get; }

    public IssuingOptions Options { get; }

    public static Microcredential Networking(AwardRule? rule = null, int? validityMonths = 24) => new()
    {
        Id = "network-basics",
        Title = "Network Basics",
        Description = "Set up and secure a small office network.",
        Provider = new ProviderInfo { Name = "Lakeshore Community College", Country = "US" },
        Competencies =
        [
            new Competency
            {
                Id = "configure",
                Statement = "Configure routers and switches for a small office.",
                RequiredProficiency = new ProficiencyRequirement("dreyfus", "competent"),
                Alignments = [new SkillAlignment { Framework = SkillFramework.OnetElement, Code = "2.B.3.e", Name = "Troubleshooting" }],
            },
            new Competency
            {
                Id = "secure",
                Statement = "Secure a wireless network.",
                RequiredProficiency = new ProficiencyRequirement("mastery", "proficient"),
                Alignments = [new SkillAlignment { Framework = SkillFramework.EscoSkill, Uri = "http://data.europa.eu/esco/skill/0a1b", Name = "network security" }],
            },
        ],
        AwardRule = rule ?? new AwardRule { MasteryOfAllCompetencies = true, Text = "Demonstrate every competency in the lab." },
        Credit = new Credit { CreditBearing = true, CreditHours = 3 },
        Validity = validityMonths is null ? null : new Validity { Months = validityMonths },
        Keywords = ["networking"],
    };

    public static async Task<IssuingFixture> CreateAsync(string provider, Microcredential? microcredential = null, StatusPurpose purpose = StatusPurpose.Revocation)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "credence-issuing-tests", Guid.NewGuid().ToString("N"));
        var options = new IssuingOptions { PublicBaseUrl = BaseUrl, DataPath = dataPath, StatusPurpose = purpose };
        var database = await TestDatabase.CreateAsync(provider, services => services.AddCredenceIssuing(options));
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var designs = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await designs.CreateDraftAsync("lakeshore", microcredential ?? Networking(), Samples.Designer, CancellationToken.None);
        await designs.PublishAsync("lakeshore", DesignKind.Microcredential, (microcredential ?? Networking()).Id, Samples.Designer, CancellationToken.None);
        return new IssuingFixture(database, options);
    }

    public static IReadOnlyList<CompetencyResult> MasteredResults() =>
    [
        new CompetencyResult { CompetencyId = "configure", ProficiencyLevel = "proficient", Assessor = "A. Assessor", Evidence = [new EvidenceLink { Url = "https://portfolio.example/ada/router", Title = "Router lab" }] },
        new CompetencyResult { CompetencyId = "secure", ProficiencyLevel = "proficient", Result = "92" },
    ];

    /// <summary>Records mastery for a learner and issues the credential.</summary>
    public async Task<IssuedCredential> IssueAsync(string email = "ada@learner.example", string name = "Ada Lovelace")
    {
        await using var scope = Database.Scope();
        var mastery = scope.ServiceProvider.GetRequiredService<MasteryService>();
        var outcome = await mastery.RecordAsync("lakeshore", "network-basics", new LearnerInfo(email, name), MasteredResults(), Samples.Designer, CancellationToken.None);
        Assert.NotNull(outcome.Award);
        var issued = await scope.ServiceProvider.GetRequiredService<IssuanceService>().IssueAsync("lakeshore", outcome.Award.Id, Samples.Designer, CancellationToken.None);
        Assert.True(issued.Succeeded, issued.Code);
        return issued.Credential!;
    }

    /// <summary>A verifier that fetches the institution's did:web document and its status lists from this database.</summary>
    public async Task<CredentialVerifier> VerifierAsync()
    {
        await using var scope = Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var institution = await db.Institutions.SingleAsync(i => i.Slug == "lakeshore");
        var documents = new Dictionary<string, byte[]>
        {
            ["https://credence.example/issuers/lakeshore/did.json"] = Encoding.UTF8.GetBytes(await scope.ServiceProvider.GetRequiredService<IssuerKeyService>().BuildDidDocumentAsync(institution, CancellationToken.None)),
        };
        var lists = scope.ServiceProvider.GetRequiredService<StatusListService>();
        foreach (var list in await lists.ListAsync(institution.Id, CancellationToken.None))
        {
            var published = await lists.GetPublishedAsync("lakeshore", list.Purpose, list.Number, CancellationToken.None);
            documents[new IssuingUrls(BaseUrl).StatusList("lakeshore", list.Purpose, list.Number)] = Encoding.UTF8.GetBytes(published!.Json);
        }

        return new CredentialVerifier(new VerifierOptions { Fetcher = new StaticDocumentFetcher(documents), TimeProvider = Database.Time });
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (Directory.Exists(Options.DataPath))
        {
            Directory.Delete(Options.DataPath, recursive: true);
        }
    }
}
