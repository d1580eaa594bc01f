using System.Security.Cryptography;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Status;
using Credence.Persistence.Entities;
using Credence.Persistence.Keys;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>The institutions' Bitstring Status Lists: hands out indexes (never twice, safe with concurrent issuers) and publishes each
/// list as a signed <c>BitstringStatusListCredential</c>, re-signed whenever a credential in it changes state.</summary>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/"/>
public sealed class StatusListService
{
    private readonly CredenceDbContext _db;
    private readonly IssuerKeyService _keys;
    private readonly TimeProvider _timeProvider;
    private readonly IssuingUrls _urls;

    /// <summary>Initializes a new instance of the <see cref="StatusListService"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="keys">The issuer keys.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="options">The issuing options.</param>
    public StatusListService(CredenceDbContext db, IssuerKeyService keys, TimeProvider timeProvider, IssuingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _keys = keys;
        _timeProvider = timeProvider;
        _urls = new IssuingUrls(options.PublicBaseUrl);
    }

    /// <summary>Returns a list's signed credential, signing it first when it was never signed or a credential changed state since.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="purpose">The list's purpose.</param>
    /// <param name="number">The list's number.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The published list, or null when there is no such list.</returns>
    public async Task<PublishedStatusList?> GetPublishedAsync(string institution, StatusPurpose purpose, int number, CancellationToken cancellationToken)
    {
        var list = await _db.StatusLists.AsNoTracking()
            .Where(l => l.Institution!.Slug == institution && l.Purpose == purpose && l.Number == number)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return null;
        }

        if (list.CredentialJson is null || list.Stale)
        {
            return await PublishAsync(list.Id, cancellationToken).ConfigureAwait(false);
        }

        return new PublishedStatusList(list.CredentialJson, list.SignedAt ?? default, list.Version);
    }

    /// <summary>Lists an institution's status lists.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The lists, by purpose and number.</returns>
    public async Task<IReadOnlyList<StatusList>> ListAsync(long institutionId, CancellationToken cancellationToken) =>
        await _db.StatusLists.AsNoTracking().Where(l => l.InstitutionId == institutionId)
            .OrderBy(l => l.Purpose).ThenBy(l => l.Number).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Rebuilds a list's bits from its credentials' states, signs the list credential with the institution's active key and stores it.</summary>
    /// <param name="statusListId">The list's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The published list.</returns>
    /// <exception cref="InvalidOperationException">There is no list with that key.</exception>
    public async Task<PublishedStatusList> PublishAsync(long statusListId, CancellationToken cancellationToken)
    {
        while (true)
        {
            // The list row is read before the states: a state change after this read bumps Version, so the save below fails and retries.
            var list = await _db.StatusLists.Include(l => l.Institution).FirstOrDefaultAsync(l => l.Id == statusListId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No status list {statusListId}.");
            var set = await _db.IssuedCredentials.AsNoTracking()
                .Where(c => c.StatusListId == statusListId && c.State != CredentialState.Active)
                .Select(c => new { c.StatusListIndex, c.State }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var bits = new BitstringStatusList(list.Length);
            var raw = new byte[(list.Length + 7) / 8];
            foreach (var entry in set.Where(e => list.Purpose == StatusPurpose.Suspension || e.State == CredentialState.Revoked))
            {
                bits.Set(entry.StatusListIndex, 1);
                raw[entry.StatusListIndex / 8] |= (byte)(0x80 >> (entry.StatusListIndex % 8));
            }

            var institution = list.Institution!;
            var key = await _keys.GetOrCreateActiveKeyAsync(institution.Id, cancellationToken).ConfigureAwait(false);
            var now = _timeProvider.GetUtcNow();
            var unsigned = StatusListCredential.Create(
                _urls.StatusList(institution.Slug, list.Purpose, list.Number), _keys.IssuerId(institution, key), IssuingUrls.PurposeName(list.Purpose), bits, now);
            var signed = await DataIntegrityProofs.AddProofAsync(
                unsigned, _keys.OpenSigningKey(key), new ProofOptions { VerificationMethod = _keys.VerificationMethodId(institution, key), Created = now },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            list.CredentialJson = signed.Text;
            list.Bits = raw;
            list.SignedAt = now;
            list.Stale = false;
            list.Version++;
            try
            {
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _db.Entry(list).State = EntityState.Detached;
                return new PublishedStatusList(signed.Text, now, list.Version);
            }
            catch (DbUpdateConcurrencyException)
            {
                _db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Marks a list as changed, so the next publication re-signs it and a concurrent one retries.</summary>
    internal Task MarkStaleAsync(long statusListId, CancellationToken cancellationToken) =>
        _db.StatusLists.Where(l => l.Id == statusListId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Stale, true).SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);

    /// <summary>Hands out <paramref name="count"/> indexes of the institution's lists of a purpose, opening new lists as they fill.</summary>
    /// <remarks>A list's <see cref="StatusList.Allocated"/> counter only grows, and is raised by one conditional UPDATE inside a transaction,
    /// so concurrent issuers (threads, processes, web instances) get disjoint blocks on SQLite and PostgreSQL alike. The n-th allocation
    /// maps to index <c>(multiplier × n + offset) mod length</c>, a bijection (odd multiplier, power-of-two length), so indexes do not
    /// reveal issuance order and are never reused. Indexes handed out to a process that dies before storing its credentials stay unused.</remarks>
    internal async Task<IReadOnlyList<StatusSlot>> AllocateAsync(long institutionId, StatusPurpose purpose, int count, CancellationToken cancellationToken)
    {
        var slots = new List<StatusSlot>(count);
        while (slots.Count < count)
        {
            var list = await _db.StatusLists.AsNoTracking()
                .Where(l => l.InstitutionId == institutionId && l.Purpose == purpose)
                .OrderByDescending(l => l.Number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (list is null || list.Allocated >= list.Length)
            {
                await TryOpenListAsync(institutionId, purpose, (list?.Number ?? 0) + 1, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var take = Math.Min(count - slots.Count, list.Length - list.Allocated);
            int end;
            var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var updated = await _db.StatusLists.Where(l => l.Id == list.Id && l.Allocated + take <= l.Length)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.Allocated, l => l.Allocated + take), cancellationToken).ConfigureAwait(false);
                if (updated == 0)
                {
                    continue;
                }

                end = await _db.StatusLists.Where(l => l.Id == list.Id).Select(l => l.Allocated).FirstAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            for (var n = end - take; n < end; n++)
            {
                var index = (int)(((long)list.PermutationMultiplier * n + list.PermutationOffset) % list.Length);
                slots.Add(new StatusSlot(list.Id, list.Number, index));
            }
        }

        return slots;
    }

    private async Task TryOpenListAsync(long institutionId, StatusPurpose purpose, int number, CancellationToken cancellationToken)
    {
        var length = BitstringStatusList.MinimumLength;
        var list = new StatusList
        {
            InstitutionId = institutionId,
            Purpose = purpose,
            Number = number,
            Length = length,
            PermutationMultiplier = (RandomNumberGenerator.GetInt32(length / 2) * 2) + 1,
            PermutationOffset = RandomNumberGenerator.GetInt32(length),
            Stale = true,
        };
        _db.StatusLists.Add(list);
        try
        {
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another issuer opened this list first; its row is used on the next pass.
        }
        finally
        {
            _db.Entry(list).State = EntityState.Detached;
        }
    }
}
