using System.Text.Json;
using Credence.Credentials.Verification;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class IssuanceServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_issued_credential_is_stored_exactly_as_signed_and_verifies_through_the_did_web_document(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);

        var credential = await fixture.IssueAsync();
        var report = await (await fixture.VerifierAsync()).VerifyAsync(credential.Json, Token);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks.Where(c => c.Status != CheckStatus.Passed).Select(c => c.Code + " " + c.Message)));
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.StatusRevocation, Status: CheckStatus.Passed });
        await using var scope = fixture.Database.Scope();
        var stored = await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().IssuedCredentials.SingleAsync(Token);
        Assert.Equal(credential.Json, stored.Json);
        Assert.Equal(CredentialState.Active, stored.State);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_credential_carries_the_versions_metadata_and_the_learners_results_at_levels(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);

        var credential = await fixture.IssueAsync();

        using var json = JsonDocument.Parse(credential.Json);
        var root = json.RootElement;
        var achievement = root.GetProperty("credentialSubject").GetProperty("achievement");
        Assert.Equal("did:web:credence.example:issuers:lakeshore", root.GetProperty("issuer").GetProperty("id").GetString());
        Assert.Equal("https://credence.example/issuers/lakeshore/microcredentials/network-basics/versions/1", achievement.GetProperty("id").GetString());
        Assert.Equal("Network Basics", achievement.GetProperty("name").GetString());
        Assert.Contains("Demonstrate every competency", achievement.GetProperty("criteria").GetProperty("narrative").GetString(), StringComparison.Ordinal);
        Assert.Equal(3m, achievement.GetProperty("creditsAvailable").GetDecimal());
        Assert.Equal(["2.B.3.e", null], achievement.GetProperty("alignment").EnumerateArray().Select(a => a.TryGetProperty("targetCode", out var c) ? c.GetString() : null));
        var configure = achievement.GetProperty("resultDescription")[0];
        Assert.Equal(configure.GetProperty("id").GetString() + "-competent", configure.GetProperty("requiredLevel").GetString());
        var result = root.GetProperty("credentialSubject").GetProperty("result")[0];
        Assert.Equal(configure.GetProperty("id").GetString() + "-proficient", result.GetProperty("achievedLevel").GetString());
        Assert.Equal("https://portfolio.example/ada/router", root.GetProperty("evidence")[0].GetProperty("id").GetString());
        Assert.Equal("2026-03-02T09:30:00Z", root.GetProperty("validFrom").GetString());
        Assert.Equal("2028-03-02T09:30:00Z", root.GetProperty("validUntil").GetString());
        Assert.Equal("revocation", root.GetProperty("credentialStatus").GetProperty("statusPurpose").GetString());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Issuing_an_award_twice_returns_the_same_credential(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var first = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();

        var again = await scope.ServiceProvider.GetRequiredService<IssuanceService>().IssueAsync("lakeshore", first.AwardId!.Value, Samples.Designer, Token);

        Assert.Equal(first.CredentialId, again.Credential!.CredentialId);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().IssuedCredentials.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Revoking_re_signs_the_status_list_and_the_credential_then_fails_its_revocation_check(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();

        var outcome = await scope.ServiceProvider.GetRequiredService<IssuanceService>().RevokeAsync("lakeshore", credential.CredentialId, "Academic misconduct", Samples.Designer, Token);
        var report = await (await fixture.VerifierAsync()).VerifyAsync(credential.Json, Token);

        Assert.True(outcome.Succeeded);
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.StatusRevocation, Status: CheckStatus.Failed });
        var stored = await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().IssuedCredentials.SingleAsync(Token);
        Assert.Equal((CredentialState.Revoked, "Academic misconduct"), (stored.State, stored.StateReason));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Revocation_needs_a_reason_and_is_final(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();
        var issuance = scope.ServiceProvider.GetRequiredService<IssuanceService>();

        var noReason = await issuance.RevokeAsync("lakeshore", credential.CredentialId, " ", Samples.Designer, Token);
        await issuance.RevokeAsync("lakeshore", credential.CredentialId, "Error", Samples.Designer, Token);
        var again = await issuance.RevokeAsync("lakeshore", credential.CredentialId, "Error", Samples.Designer, Token);
        var otherInstitution = await issuance.RevokeAsync("ridgeview", credential.CredentialId, "Error", Samples.Designer, Token);

        Assert.Equal(IssuingCodes.ReasonMissing, noReason.Code);
        Assert.Equal(IssuingCodes.AlreadyRevoked, again.Code);
        Assert.Equal(IssuingCodes.CredentialNotFound, otherInstitution.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_revocation_list_entry_cannot_be_suspended(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();

        var outcome = await scope.ServiceProvider.GetRequiredService<IssuanceService>().SuspendAsync("lakeshore", credential.CredentialId, "Under review", Samples.Designer, Token);

        Assert.Equal(IssuingCodes.SuspensionNotSupported, outcome.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task With_suspension_entries_a_credential_is_suspended_and_reinstated(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider, purpose: StatusPurpose.Suspension);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();
        var issuance = scope.ServiceProvider.GetRequiredService<IssuanceService>();

        await issuance.SuspendAsync("lakeshore", credential.CredentialId, "Under review", Samples.Designer, Token);
        var suspended = await (await fixture.VerifierAsync()).VerifyAsync(credential.Json, Token);
        var reinstated = await issuance.UnsuspendAsync("lakeshore", credential.CredentialId, Samples.Designer, Token);
        var after = await (await fixture.VerifierAsync()).VerifyAsync(credential.Json, Token);

        Assert.Contains(suspended.Checks, c => c is { Code: VerificationCodes.StatusSuspension, Status: CheckStatus.Failed });
        Assert.True(reinstated.Succeeded);
        Assert.Contains(after.Checks, c => c is { Code: VerificationCodes.StatusSuspension, Status: CheckStatus.Passed });
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Credentials_expiring_within_the_window_are_listed(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();
        var issuance = scope.ServiceProvider.GetRequiredService<IssuanceService>();

        var now = await issuance.ListExpiringAsync("lakeshore", TimeSpan.FromDays(30), Token);
        fixture.Database.Time.Advance(TimeSpan.FromDays(720));
        var later = await issuance.ListExpiringAsync("lakeshore", TimeSpan.FromDays(30), Token);

        Assert.Empty(now);
        Assert.Equal(credential.CredentialId, Assert.Single(later).CredentialId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Renewing_issues_a_new_credential_from_now_and_can_revoke_the_old_one(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var old = await fixture.IssueAsync();
        fixture.Database.Time.Advance(TimeSpan.FromDays(700));
        await using var scope = fixture.Database.Scope();
        var issuance = scope.ServiceProvider.GetRequiredService<IssuanceService>();

        var renewed = await issuance.ReissueAsync("lakeshore", old.CredentialId, revokePrevious: true, Samples.Designer, Token);
        var again = await issuance.ReissueAsync("lakeshore", old.CredentialId, revokePrevious: true, Samples.Designer, Token);

        Assert.True(renewed.Succeeded);
        Assert.Equal(old.Id, renewed.Credential!.ReplacesId);
        Assert.Equal(TestDatabase.Start.AddDays(700), renewed.Credential.ValidFrom);
        Assert.Equal(IssuingCodes.AlreadyRevoked, again.Code);
        Assert.Equal(CredentialState.Revoked, (await issuance.FindAsync(old.CredentialId, Token))!.State);
    }
}
