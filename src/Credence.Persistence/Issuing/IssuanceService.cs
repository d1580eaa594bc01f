using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>Issues credentials for awards (build, status entry, sign, store exactly as signed, queue the learner's e-mail), and
/// revokes, suspends, reinstates, reissues and renews them, re-signing the status list on every change.</summary>
public sealed class IssuanceService
{
    private readonly CredenceDbContext _db;
    private readonly StatusListService _statusLists;
    private readonly IssuancePipeline _pipeline;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="IssuanceService"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="keys">The issuer keys.</param>
    /// <param name="statusLists">The status lists.</param>
    /// <param name="options">The issuing options.</param>
    /// <param name="timeProvider">The clock.</param>
    public IssuanceService(CredenceDbContext db, Keys.IssuerKeyService keys, StatusListService statusLists, IssuingOptions options, TimeProvider timeProvider)
    {
        _db = db;
        _statusLists = statusLists;
        _timeProvider = timeProvider;
        _pipeline = new IssuancePipeline(keys, statusLists, options, timeProvider);
    }

    /// <summary>Issues the credential of an award; issuing the same award again returns the credential already issued.</summary>
    /// <param name="institution">The institution's slug (the award must be its).</param>
    /// <param name="awardId">The award's key.</param>
    /// <param name="actor">Who issues.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The credential, or <see cref="IssuingCodes.AwardNotFound"/>.</returns>
    public async Task<IssuanceOutcome> IssueAsync(string institution, long awardId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var award = await _db.Awards.AsNoTracking().Include(a => a.Learner)
            .FirstOrDefaultAsync(a => a.Id == awardId && _db.Institutions.Any(i => i.Id == a.InstitutionId && i.Slug == institution), cancellationToken).ConfigureAwait(false);
        if (award is null)
        {
            return IssuanceOutcome.Refused(IssuingCodes.AwardNotFound);
        }

        var key = "award:" + award.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await IssueForAwardAsync(award, award.AwardedAt, key, null, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds a credential by id.</summary>
    /// <param name="credentialId">The credential's id (the UUID of its <c>urn:uuid:</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The credential with its learner, or null.</returns>
    public Task<IssuedCredential?> FindAsync(Guid credentialId, CancellationToken cancellationToken) =>
        _db.IssuedCredentials.AsNoTracking().Include(c => c.Learner).FirstOrDefaultAsync(c => c.CredentialId == credentialId, cancellationToken);

    /// <summary>Lists a learner's credentials, newest first.</summary>
    /// <param name="learnerId">The learner's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The credentials.</returns>
    public async Task<IReadOnlyList<IssuedCredential>> ListForLearnerAsync(long learnerId, CancellationToken cancellationToken) =>
        await _db.IssuedCredentials.AsNoTracking().Where(c => c.LearnerId == learnerId).OrderByDescending(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Lists an institution's credentials, newest first, a page at a time.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The credentials with their learners.</returns>
    public async Task<IReadOnlyList<IssuedCredential>> ListForInstitutionAsync(string institution, int skip, int take, CancellationToken cancellationToken) =>
        await _db.IssuedCredentials.AsNoTracking().Include(c => c.Learner).Where(c => c.Institution!.Slug == institution)
            .OrderByDescending(c => c.Id).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Revokes a credential for good, with a reason; its status list is re-signed.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="credentialId">The credential's id.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The revoked credential, or a code.</returns>
    public Task<IssuanceOutcome> RevokeAsync(string institution, Guid credentialId, string reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeStateAsync(institution, credentialId, CredentialState.Revoked, reason, actor, cancellationToken);

    /// <summary>Suspends a credential whose status entry is in a suspension list; its status list is re-signed.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="credentialId">The credential's id.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The suspended credential, or a code (<see cref="IssuingCodes.SuspensionNotSupported"/> for a revocation-list entry).</returns>
    public Task<IssuanceOutcome> SuspendAsync(string institution, Guid credentialId, string reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeStateAsync(institution, credentialId, CredentialState.Suspended, reason, actor, cancellationToken);

    /// <summary>Reinstates a suspended credential; its status list is re-signed.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="credentialId">The credential's id.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reinstated credential, or a code.</returns>
    public Task<IssuanceOutcome> UnsuspendAsync(string institution, Guid credentialId, Actor actor, CancellationToken cancellationToken) =>
        ChangeStateAsync(institution, credentialId, CredentialState.Active, null, actor, cancellationToken);

    /// <summary>Lists the institution's active credentials that expire within <paramref name="within"/> from now, soonest first.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="within">How far ahead to look.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The credentials with their learners.</returns>
    public async Task<IReadOnlyList<IssuedCredential>> ListExpiringAsync(string institution, TimeSpan within, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var expiring = await _db.IssuedCredentials.AsNoTracking().Include(c => c.Learner)
            .Where(c => c.Institution!.Slug == institution && c.State == CredentialState.Active && c.ValidUntil != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // SQLite stores DateTimeOffset as text that does not compare across offsets, so the window is applied here.
        return expiring.Where(c => c.ValidUntil > now && c.ValidUntil <= now + within).OrderBy(c => c.ValidUntil).ToList();
    }

    /// <summary>Issues a fresh credential for the same award, valid from now (a renewal of an expiring or expired credential, or a
    /// reissue with corrected data); with <paramref name="revokePrevious"/> the old one is revoked as replaced. Idempotent per credential.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="credentialId">The credential to replace.</param>
    /// <param name="revokePrevious">Whether to revoke the old credential.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new credential, or a code.</returns>
    public async Task<IssuanceOutcome> ReissueAsync(string institution, Guid credentialId, bool revokePrevious, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var old = await _db.IssuedCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.CredentialId == credentialId && c.Institution!.Slug == institution, cancellationToken).ConfigureAwait(false);
        if (old is null)
        {
            return IssuanceOutcome.Refused(IssuingCodes.CredentialNotFound);
        }

        if (old.State == CredentialState.Revoked)
        {
            return IssuanceOutcome.Refused(IssuingCodes.AlreadyRevoked);
        }

        var award = await _db.Awards.AsNoTracking().Include(a => a.Learner).FirstOrDefaultAsync(a => a.Id == old.AwardId, cancellationToken).ConfigureAwait(false);
        if (award is null)
        {
            return IssuanceOutcome.Refused(IssuingCodes.AwardNotFound);
        }

        var outcome = await IssueForAwardAsync(award, _timeProvider.GetUtcNow(), "reissue:" + old.CredentialId.ToString("D"), old.Id, actor, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded && revokePrevious)
        {
            await ChangeStateAsync(institution, old.CredentialId, CredentialState.Revoked, "Replaced by urn:uuid:" + outcome.Credential!.CredentialId.ToString("D"), actor, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<IssuanceOutcome> IssueForAwardAsync(Award award, DateTimeOffset validFrom, string idempotencyKey, long? replacesId, Actor actor, CancellationToken cancellationToken)
    {
        var existing = await _db.IssuedCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.InstitutionId == award.InstitutionId && c.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return IssuanceOutcome.Success(existing);
        }

        var published = await PublishedMicrocredential.FindAsync(_db, award.DesignVersionId, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            return IssuanceOutcome.Refused(IssuingCodes.MicrocredentialNotFound);
        }

        var results = await _db.AssessmentResults.AsNoTracking()
            .Where(r => r.LearnerId == award.LearnerId && r.DesignVersionId == award.DesignVersionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var item = new IssueItem(award.Learner!, results, validFrom, idempotencyKey) { ReplacesId = replacesId };
        var signed = (await _pipeline.SignAsync(published, [item], cancellationToken).ConfigureAwait(false))[0];
        signed.Credential.AwardId = award.Id;
        signed.Credential.Learner = null;
        _db.IssuedCredentials.Add(signed.Credential);
        AuditLog.Add(_db, _timeProvider, actor, "issue", nameof(IssuedCredential), signed.Credential.CredentialId.ToString("D"), award.InstitutionId, idempotencyKey);
        var stored = false;
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                signed.Message.IssuedCredentialId = signed.Credential.Id;
                _db.OutboxMessages.Add(signed.Message);
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                stored = true;
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _db.ChangeTracker.Clear();
        if (stored)
        {
            return IssuanceOutcome.Success(signed.Credential);
        }

        // A concurrent request issued the same award first: its credential is the answer.
        var winner = await _db.IssuedCredentials.AsNoTracking()
            .FirstOrDefaultAsync(c => c.InstitutionId == award.InstitutionId && c.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false);
        return winner is null ? throw new InvalidOperationException("Storing the credential failed.") : IssuanceOutcome.Success(winner);
    }

    private async Task<IssuanceOutcome> ChangeStateAsync(string institution, Guid credentialId, CredentialState target, string? reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var credential = await _db.IssuedCredentials.FirstOrDefaultAsync(c => c.CredentialId == credentialId && c.Institution!.Slug == institution, cancellationToken).ConfigureAwait(false);
        if (credential is null)
        {
            return IssuanceOutcome.Refused(IssuingCodes.CredentialNotFound);
        }

        var purpose = await _db.StatusLists.Where(l => l.Id == credential.StatusListId).Select(l => l.Purpose).FirstAsync(cancellationToken).ConfigureAwait(false);
        var refusal = (credential.State, target) switch
        {
            (CredentialState.Revoked, _) => IssuingCodes.AlreadyRevoked,
            (_, CredentialState.Active) when credential.State != CredentialState.Suspended => IssuingCodes.NotSuspended,
            (_, CredentialState.Suspended) when purpose != StatusPurpose.Suspension => IssuingCodes.SuspensionNotSupported,
            (_, not CredentialState.Active) when string.IsNullOrWhiteSpace(reason) => IssuingCodes.ReasonMissing,
            _ => null,
        };
        if (refusal is not null)
        {
            return IssuanceOutcome.Refused(refusal);
        }

        credential.State = target;
        credential.StateReason = reason?.Trim();
        credential.StateChangedAt = _timeProvider.GetUtcNow();
        AuditLog.Add(_db, _timeProvider, actor, target switch { CredentialState.Revoked => "revoke", CredentialState.Suspended => "suspend", _ => "unsuspend" },
            nameof(IssuedCredential), credentialId.ToString("D"), credential.InstitutionId, reason);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        await _statusLists.MarkStaleAsync(credential.StatusListId, cancellationToken).ConfigureAwait(false);
        await _statusLists.PublishAsync(credential.StatusListId, cancellationToken).ConfigureAwait(false);
        return IssuanceOutcome.Success(credential);
    }
}
