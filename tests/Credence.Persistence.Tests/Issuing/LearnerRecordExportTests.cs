using System.Text.Json;
using Credence.Domain.Pathways;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class LearnerRecordExportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_clr_holds_each_credential_with_its_proof_and_the_pathway_association_and_verifies(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using (var setup = fixture.Database.Scope())
        {
            var designs = setup.ServiceProvider.GetRequiredService<DesignStore>();
            await designs.CreateDraftAsync("lakeshore", new Pathway
            {
                Id = "it-support",
                Title = "IT Support Pathway",
                Stages = [new PathwayStage { Id = "one", Microcredentials = ["network-basics"] }],
            }, Samples.Designer, Token);
            await designs.PublishAsync("lakeshore", DesignKind.Pathway, "it-support", Samples.Designer, Token);
        }

        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();

        var (record, code) = await scope.ServiceProvider.GetRequiredService<LearnerRecordExport>().ExportAsync("lakeshore", credential.LearnerId, Token);

        Assert.Null(code);
        var report = await (await fixture.VerifierAsync()).VerifyAsync(record!.Text, Token);
        Assert.True(report.IsVerified, string.Join("\n", report.Checks.Where(c => c.Status != Credentials.Verification.CheckStatus.Passed).Select(c => c.Code + " " + c.Message)));
        using var json = JsonDocument.Parse(record.Text);
        var subject = json.RootElement.GetProperty("credentialSubject");
        var nested = subject.GetProperty("verifiableCredential");
        using var stored = JsonDocument.Parse(credential.Json);
        var bundled = Assert.Single(nested.EnumerateArray());
        Assert.True(JsonElement.DeepEquals(stored.RootElement, bundled));
        var association = Assert.Single(subject.GetProperty("association").EnumerateArray());
        Assert.Equal("isPartOf", association.GetProperty("associationType").GetString());
        Assert.Equal("https://credence.example/issuers/lakeshore/pathways/it-support", association.GetProperty("targetId").GetString());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_learner_without_active_credentials_has_nothing_to_export(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();
        await scope.ServiceProvider.GetRequiredService<IssuanceService>().RevokeAsync("lakeshore", credential.CredentialId, "Error", Samples.Designer, Token);

        var (record, code) = await scope.ServiceProvider.GetRequiredService<LearnerRecordExport>().ExportAsync("lakeshore", credential.LearnerId, Token);

        Assert.Null(record);
        Assert.Equal(IssuingCodes.NothingToExport, code);
    }
}
