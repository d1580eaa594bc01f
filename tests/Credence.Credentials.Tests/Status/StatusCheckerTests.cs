using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Fetching;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.Credentials.Status;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Status;

public sealed class StatusCheckerTests
{
    private const string ListUrl = "https://credence.example.edu/status/1";
    private const string FixtureListUrl = "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist";
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private static readonly Func<string, CancellationToken, Task<VerificationReport>> _trustingVerifier =
        (_, _) => Task.FromResult(new VerificationReport([Check.Passed("test.proof", "verified by the test")]));

    [Fact]
    public async Task The_1edtech_revoked_fixture_is_reported_revoked()
    {
        var checker = Checker(new StaticDocumentFetcher([new(FixtureListUrl, Fixture.Bytes("1edtech-validator/ob3/bit-string-list/testlist"))]));
        using var credential = JsonDocument.Parse(Fixture.Text("1edtech-validator/ob3/bit-string-list/credential-status-revoked.json"));

        var checks = await checker.CheckAsync(credential.RootElement, TestContext.Current.CancellationToken);

        var check = Assert.Single(checks);
        Assert.Equal(VerificationCodes.StatusRevocation, check.Code);
        Assert.Equal(CheckStatus.Failed, check.Status);
    }

    [Theory]
    [InlineData("revocation", VerificationCodes.StatusRevocation)]
    [InlineData("suspension", VerificationCodes.StatusSuspension)]
    public async Task A_set_bit_fails_and_a_clear_bit_passes(string purpose, string code)
    {
        var list = new BitstringStatusList();
        list.Set(100, 1);
        var checker = Checker(ListFetcher(list, purpose));

        var set = await checker.CheckAsync(Credential(Entry(purpose, "100")), TestContext.Current.CancellationToken);
        var clear = await checker.CheckAsync(Credential(Entry(purpose, "101")), TestContext.Current.CancellationToken);

        Assert.Equal(new Check(code, CheckStatus.Failed, set[0].Message, "credentialStatus"), set[0]);
        Assert.Equal(CheckStatus.Passed, clear[0].Status);
        Assert.Equal(code, clear[0].Code);
    }

    [Fact]
    public async Task An_unreachable_list_is_not_checked_rather_than_failed()
    {
        var checker = Checker(new StaticDocumentFetcher([]));

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "1")), TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.NotChecked, checks[0].Status);
        Assert.Equal(VerificationCodes.StatusRetrievalError, checks[0].Code);
    }

    [Fact]
    public async Task Without_a_fetcher_status_is_not_checked()
    {
        var checker = new StatusChecker(new StatusCheckOptions { TimeProvider = _clock });

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "1")), TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.NotChecked, checks[0].Status);
    }

    [Fact]
    public async Task A_list_whose_proof_cannot_be_verified_is_not_trusted()
    {
        var checker = new StatusChecker(new StatusCheckOptions { Fetcher = ListFetcher(new BitstringStatusList(), "revocation"), TimeProvider = _clock });

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "1")), TestContext.Current.CancellationToken);

        Assert.Equal(new[] { (VerificationCodes.StatusListProof, CheckStatus.NotChecked) }, checks.Select(c => (c.Code, c.Status)));
    }

    [Fact]
    public async Task A_list_whose_proof_fails_is_a_verification_error()
    {
        var checker = new StatusChecker(new StatusCheckOptions
        {
            Fetcher = ListFetcher(new BitstringStatusList(), "revocation"),
            TimeProvider = _clock,
            ListCredentialVerifier = (_, _) => Task.FromResult(new VerificationReport([Check.Failed("test.proof", "tampered")])),
        });

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "1")), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.StatusVerificationError, checks[0].Code);
        Assert.Equal(CheckStatus.Failed, checks[0].Status);
    }

    [Fact]
    public async Task A_list_secured_as_vc_jwt_is_verified_without_a_data_integrity_verifier()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var list = new BitstringStatusList();
        list.Set(3, 1);
        var jwt = VcJwt.Issue(StatusListCredential.Create(ListUrl, "https://credence.example.edu/issuers/north", "revocation", list, _clock.GetUtcNow().AddDays(-1)), key);
        var checker = new StatusChecker(new StatusCheckOptions { Fetcher = new StaticDocumentFetcher([new(ListUrl, Encoding.UTF8.GetBytes(jwt))]), TimeProvider = _clock });

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "3")), TestContext.Current.CancellationToken);

        Assert.Equal((VerificationCodes.StatusRevocation, CheckStatus.Failed), (checks[0].Code, checks[0].Status));
    }

    [Fact]
    public async Task An_entry_whose_purpose_differs_from_the_list_is_a_verification_error()
    {
        var checker = Checker(ListFetcher(new BitstringStatusList(), "suspension"));

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "1")), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.StatusVerificationError, checks[0].Code);
    }

    [Fact]
    public async Task An_expired_list_is_a_verification_error()
    {
        var json = StatusListCredential.Create(ListUrl, "did:web:credence.example.edu", "revocation", new BitstringStatusList(), _clock.GetUtcNow().AddDays(-30), _clock.GetUtcNow().AddDays(-1));
        var checker = Checker(new StaticDocumentFetcher([new(ListUrl, Encoding.UTF8.GetBytes(json))]));

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "1")), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.StatusVerificationError, checks[0].Code);
    }

    [Fact]
    public async Task An_index_beyond_the_list_is_a_range_error()
    {
        var checker = Checker(ListFetcher(new BitstringStatusList(), "revocation"));

        var checks = await checker.CheckAsync(Credential(Entry("revocation", "131072")), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.StatusRangeError, checks[0].Code);
    }

    [Theory]
    [InlineData("-1")] // negative
    [InlineData("abc")] // not a number
    [InlineData("")] // empty
    [InlineData("99999999999999999999")] // overflows
    public async Task A_malformed_index_is_a_malformed_value(string index)
    {
        var checker = Checker(ListFetcher(new BitstringStatusList(), "revocation"));

        var checks = await checker.CheckAsync(Credential(Entry("revocation", index)), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.StatusMalformedValue, checks[0].Code);
        Assert.Equal(CheckStatus.Failed, checks[0].Status);
    }

    [Fact]
    public async Task A_credential_without_status_skips_the_check()
    {
        using var credential = JsonDocument.Parse(Samples.OpenBadgeCredential);

        var checks = await Checker(new StaticDocumentFetcher([])).CheckAsync(credential.RootElement, TestContext.Current.CancellationToken);

        Assert.Equal((VerificationCodes.StatusEntry, CheckStatus.Skipped), (checks[0].Code, checks[0].Status));
    }

    [Theory]
    [InlineData("https://dc.1edtech.org/wellspring2022/wellspring-portal/credential/54418d3f-ec01-4652-800a-861c890a51a1", CheckStatus.Failed)] // the fixture's id is listed
    [InlineData("urn:uuid:someone-else", CheckStatus.Passed)] // another credential is listed
    public async Task The_deprecated_1edtech_revocation_list_is_checked(string revokedId, CheckStatus expected)
    {
        const string RevocationUrl = "https://dc.1edtech.org/wellspring2022/wellspring-portal/api/revocations/da1e96e9-afcc-4eed-b9a2-2ddf7353214c";
        var revocations = new JsonObject { ["id"] = RevocationUrl, ["revokedCredentials"] = new JsonArray(new JsonObject { ["id"] = revokedId }) };
        var checker = Checker(new StaticDocumentFetcher([new(RevocationUrl, Encoding.UTF8.GetBytes(revocations.ToJsonString()))]));
        using var credential = JsonDocument.Parse(Fixture.Text("1edtech-validator/ob3/credential-status-revoked.json"));

        var checks = await checker.CheckAsync(credential.RootElement, TestContext.Current.CancellationToken);

        Assert.Equal((VerificationCodes.StatusRevocation, expected), (checks[0].Code, checks[0].Status));
    }

    [Fact]
    public async Task An_unknown_status_type_is_not_checked()
    {
        var entry = new JsonObject { ["id"] = "https://example.edu/status/1", ["type"] = "CredentialStatusList2017" };

        var checks = await Checker(new StaticDocumentFetcher([])).CheckAsync(Credential(entry), TestContext.Current.CancellationToken);

        Assert.Equal((VerificationCodes.StatusUnsupportedType, CheckStatus.NotChecked), (checks[0].Code, checks[0].Status));
    }

    private static StatusChecker Checker(IDocumentFetcher fetcher) =>
        new(new StatusCheckOptions { Fetcher = fetcher, TimeProvider = _clock, ListCredentialVerifier = _trustingVerifier });

    private static StaticDocumentFetcher ListFetcher(BitstringStatusList list, string purpose)
    {
        var json = StatusListCredential.Create(ListUrl, "did:web:credence.example.edu", purpose, list, _clock.GetUtcNow().AddDays(-1));
        return new StaticDocumentFetcher([new(ListUrl, Encoding.UTF8.GetBytes(json))]);
    }

    private static JsonObject Entry(string purpose, string index) => new()
    {
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = purpose,
        ["statusListIndex"] = index,
        ["statusListCredential"] = ListUrl,
    };

    private static JsonElement Credential(JsonObject entry)
    {
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!.AsObject();
        credential["credentialStatus"] = entry;
        return JsonDocument.Parse(credential.ToJsonString()).RootElement.Clone();
    }
}
