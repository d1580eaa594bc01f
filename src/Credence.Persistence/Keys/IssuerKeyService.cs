using System.Collections.Concurrent;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Keys;

/// <summary>Institutions' signing keys: created on first use, rotated on request (old keys stay for verification), the secret part
/// protected with ASP.NET Core Data Protection whose key ring lives in the database; and the issuer DID and its document.</summary>
public sealed class IssuerKeyService
{
    /// <summary>The Data Protection purpose that protects issuer secret keys.</summary>
    public const string ProtectionPurpose = "Credence.IssuerKeys.v1";

    // Unprotecting and decoding costs more than a signature; keys never change once written, so they are cached by id.
    private static readonly ConcurrentDictionary<(string, long), CredentialKey> _signingKeys = new();

    private readonly CredenceDbContext _db;
    private readonly IDataProtector _protector;
    private readonly TimeProvider _timeProvider;
    private readonly IssuingOptions _options;
    private readonly IssuingUrls _urls;

    /// <summary>Initializes a new instance of the <see cref="IssuerKeyService"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="dataProtection">Data Protection, configured with the database key ring.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="options">The issuing options.</param>
    public IssuerKeyService(CredenceDbContext db, IDataProtectionProvider dataProtection, TimeProvider timeProvider, IssuingOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _protector = dataProtection.CreateProtector(ProtectionPurpose);
        _timeProvider = timeProvider;
        _options = options;
        _urls = new IssuingUrls(options.PublicBaseUrl);
    }

    /// <summary>Returns the institution's active key, creating an Ed25519 key when it has none.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The active key.</returns>
    public async Task<IssuerKey> GetOrCreateActiveKeyAsync(long institutionId, CancellationToken cancellationToken)
    {
        var active = await _db.IssuerKeys.AsNoTracking()
            .Where(k => k.InstitutionId == institutionId && k.Status == IssuerKeyStatus.Active)
            .OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return active ?? await CreateAsync(institutionId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a new active key and retires the previous ones; credentials they signed still verify through the DID document.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new active key.</returns>
    public async Task<IssuerKey> RotateAsync(long institutionId, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        await _db.IssuerKeys.Where(k => k.InstitutionId == institutionId && k.Status == IssuerKeyStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.Status, IssuerKeyStatus.Retired).SetProperty(k => k.RetiredAt, now), cancellationToken).ConfigureAwait(false);
        return await CreateAsync(institutionId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists every key of the institution, oldest first.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The keys.</returns>
    public async Task<IReadOnlyList<IssuerKey>> ListAsync(long institutionId, CancellationToken cancellationToken) =>
        await _db.IssuerKeys.AsNoTracking().Where(k => k.InstitutionId == institutionId).OrderBy(k => k.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The key pair of a stored key, its secret part unprotected; cached, not to be disposed by the caller.</summary>
    /// <param name="key">The stored key.</param>
    /// <returns>The signing key.</returns>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The Data Protection key ring cannot unprotect the secret (a different key ring or application name).</exception>
    public CredentialKey OpenSigningKey(IssuerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _signingKeys.GetOrAdd((key.PublicKeyMultibase, key.Id), _ =>
        {
            var secret = _protector.Unprotect(key.ProtectedSecretKey);
            if (!Multikey.TryDecodeSecretKey(secret, out var pair, out var error))
            {
                throw new InvalidOperationException($"Issuer key {key.Id} does not decode ({error}).");
            }

            return pair;
        });
    }

    /// <summary>The issuer id an institution signs as with <paramref name="key"/>: its did:web, or the key's did:key.</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="key">The signing key.</param>
    /// <returns>The DID.</returns>
    public string IssuerId(Institution institution, IssuerKey key)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(key);
        return _options.DidMethod == IssuerDidMethod.Key ? DidKey.Prefix + key.PublicKeyMultibase : _urls.DidWeb(institution.Slug);
    }

    /// <summary>The verification method id of <paramref name="key"/>: <c>{did}#{publicKeyMultibase}</c>, as the DID documents list it.</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="key">The key.</param>
    /// <returns>The verification method id.</returns>
    public string VerificationMethodId(Institution institution, IssuerKey key) => IssuerId(institution, key) + "#" + key.PublicKeyMultibase;

    /// <summary>Builds the institution's did:web document with every key (active and retired) as a verification method.</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The DID document JSON, creating a first key when the institution has none.</returns>
    public async Task<string> BuildDidDocumentAsync(Institution institution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var keys = await ListAsync(institution.Id, cancellationToken).ConfigureAwait(false);
        if (keys.Count == 0)
        {
            keys = [await GetOrCreateActiveKeyAsync(institution.Id, cancellationToken).ConfigureAwait(false)];
        }

        var publicKeys = new List<CredentialKey>();
        try
        {
            foreach (var key in keys)
            {
                if (Multikey.TryDecodePublicKey(key.PublicKeyMultibase, out var publicKey, out _))
                {
                    publicKeys.Add(publicKey);
                }
            }

            return DidWeb.BuildDocument(_urls.DidWeb(institution.Slug), publicKeys);
        }
        finally
        {
            foreach (var key in publicKeys)
            {
                key.Dispose();
            }
        }
    }

    private async Task<IssuerKey> CreateAsync(long institutionId, CancellationToken cancellationToken)
    {
        using var pair = CredentialKey.Generate(KeyType.Ed25519);
        var key = new IssuerKey
        {
            InstitutionId = institutionId,
            KeyType = nameof(KeyType.Ed25519),
            PublicKeyMultibase = Multikey.EncodePublicKey(pair),
            ProtectedSecretKey = _protector.Protect(Multikey.EncodeSecretKey(pair)),
            Status = IssuerKeyStatus.Active,
            CreatedAt = _timeProvider.GetUtcNow(),
        };
        _db.IssuerKeys.Add(key);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.Entry(key).State = EntityState.Detached;
        return key;
    }
}
