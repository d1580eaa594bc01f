using System.Text.Json;
using Credence.Persistence.Entities;
using Credence.Persistence.Keys;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class IssuerKeyServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_key_is_created_on_first_use_with_its_secret_protected_and_the_key_ring_in_the_database(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var keys = scope.ServiceProvider.GetRequiredService<IssuerKeyService>();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var institution = await db.Institutions.SingleAsync(Token);

        var key = await keys.GetOrCreateActiveKeyAsync(institution.Id, Token);
        var again = await keys.GetOrCreateActiveKeyAsync(institution.Id, Token);
        var secret = Credentials.Keys.Multikey.EncodeSecretKey(keys.OpenSigningKey(key));

        Assert.Equal(key.Id, again.Id);
        Assert.Equal("Ed25519", key.KeyType);
        Assert.StartsWith("z6Mk", key.PublicKeyMultibase, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, key.ProtectedSecretKey, StringComparison.Ordinal);
        Assert.True(await db.DataProtectionKeys.AnyAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task After_rotation_the_did_document_lists_both_keys_and_old_credentials_still_verify(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var before = await fixture.IssueAsync("ada@learner.example");
        await using var scope = fixture.Database.Scope();
        var keys = scope.ServiceProvider.GetRequiredService<IssuerKeyService>();
        var institution = await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Institutions.SingleAsync(Token);

        var rotated = await keys.RotateAsync(institution.Id, Token);
        var after = await fixture.IssueAsync("grace@learner.example", "Grace Hopper");
        var verifier = await fixture.VerifierAsync();
        using var document = JsonDocument.Parse(await keys.BuildDidDocumentAsync(institution, Token));

        Assert.Equal(2, document.RootElement.GetProperty("verificationMethod").GetArrayLength());
        Assert.Equal(rotated.Id, after.IssuerKeyId);
        Assert.NotEqual(before.IssuerKeyId, after.IssuerKeyId);
        Assert.True((await verifier.VerifyAsync(before.Json, Token)).IsVerified);
        Assert.True((await verifier.VerifyAsync(after.Json, Token)).IsVerified);
        Assert.Equal([IssuerKeyStatus.Retired, IssuerKeyStatus.Active], (await keys.ListAsync(institution.Id, Token)).Select(k => k.Status));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_did_document_is_the_did_web_of_the_institution_under_the_public_base_url(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var institution = await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Institutions.SingleAsync(Token);

        using var document = JsonDocument.Parse(await scope.ServiceProvider.GetRequiredService<IssuerKeyService>().BuildDidDocumentAsync(institution, Token));

        Assert.Equal("did:web:credence.example:issuers:lakeshore", document.RootElement.GetProperty("id").GetString());
    }
}
