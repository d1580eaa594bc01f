using System.Security.Cryptography;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Documents;
using Credence.Credentials.Status;
using Credence.Persistence.Entities;
using Credence.Persistence.Keys;

namespace Credence.Persistence.Issuing;

/// <summary>Award → build → status list entry → sign, on all cores; storing is the caller's (in its own transaction).</summary>
internal sealed class IssuancePipeline(IssuerKeyService keys, StatusListService statusLists, IssuingOptions options, TimeProvider timeProvider)
{
    private readonly IssuingUrls _urls = new(options.PublicBaseUrl);

    public async Task<IReadOnlyList<SignedItem>> SignAsync(PublishedMicrocredential published, IReadOnlyList<IssueItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var plan = await PrepareAsync(published, items, cancellationToken).ConfigureAwait(false);
        return await SignAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The database part: the active key and a status list index per item (so signing can run while the database does other work).</summary>
    public async Task<SigningPlan> PrepareAsync(PublishedMicrocredential published, IReadOnlyList<IssueItem> items, CancellationToken cancellationToken)
    {
        var institution = published.Institution;
        var key = await keys.GetOrCreateActiveKeyAsync(institution.Id, cancellationToken).ConfigureAwait(false);
        var slots = items.Count == 0 ? [] : await statusLists.AllocateAsync(institution.Id, options.StatusPurpose, items.Count, cancellationToken).ConfigureAwait(false);
        return new SigningPlan(published, items, key, keys.OpenSigningKey(key), keys.IssuerId(institution, key), keys.VerificationMethodId(institution, key), slots, timeProvider.GetUtcNow());
    }

    /// <summary>The CPU part: builds and signs every item on all cores; touches no database.</summary>
    public async Task<IReadOnlyList<SignedItem>> SignAsync(SigningPlan plan, CancellationToken cancellationToken)
    {
        var published = plan.Published;
        var institution = published.Institution;
        var items = plan.Items;
        var slots = plan.Slots;
        var key = plan.Key;
        var signingKey = plan.SigningKey;
        var issuerId = plan.IssuerId;
        var purpose = options.StatusPurpose;
        var now = plan.Now;
        var proof = new ProofOptions { VerificationMethod = plan.VerificationMethod, Created = now };
        var signed = new SignedItem[items.Count];
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, token) =>
        {
            var item = items[i];
            var slot = slots[i];
            var credentialId = Guid.NewGuid();
            var entry = StatusListCredential.CreateEntry(_urls.StatusList(institution.Slug, purpose, slot.Number), slot.Index, IssuingUrls.PurposeName(purpose));
            var document = CredentialBuilder.Build(new CredentialBuildInput
            {
                Microcredential = published.Microcredential,
                VersionNumber = published.Version.Number,
                Institution = institution,
                IssuerId = issuerId,
                Learner = item.Learner,
                Results = item.Results,
                CredentialId = credentialId,
                ValidFrom = item.ValidFrom,
                Status = entry,
                Urls = _urls,
                IdentitySalt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            });
            var result = await DataIntegrityProofs.AddProofAsync(CredentialJson.Serialize(document), signingKey, proof, cancellationToken: token).ConfigureAwait(false);
            var credential = new IssuedCredential
            {
                CredentialId = credentialId,
                InstitutionId = institution.Id,
                Learner = item.Learner.Id == 0 ? item.Learner : null,
                LearnerId = item.Learner.Id,
                DesignVersionId = published.Version.Id,
                IssuerKeyId = key.Id,
                Json = result.Text,
                StatusListId = slot.StatusListId,
                StatusListIndex = slot.Index,
                State = CredentialState.Active,
                IssuedAt = now,
                ValidFrom = item.ValidFrom,
                ValidUntil = published.Microcredential.Validity?.Months is { } months and > 0 ? item.ValidFrom.AddMonths(months) : null,
                IdempotencyKey = item.IdempotencyKey,
                ReplacesId = item.ReplacesId,
            };
            signed[i] = new SignedItem(item, credential, Notification(published, item.Learner, credentialId, now));
        }).ConfigureAwait(false);
        return signed;
    }

    private OutboxMessage Notification(PublishedMicrocredential published, Learner learner, Guid credentialId, DateTimeOffset now) => new()
    {
        InstitutionId = published.Institution.Id,
        To = learner.Email,
        ToName = learner.Name,
        Subject = $"Your credential: {published.Microcredential.Title}",
        TextBody = $"""
            Hello {learner.Name},

            {published.Institution.Name} has issued you the credential "{published.Microcredential.Title}".
            See it, download it or share it at {_urls.CredentialPage(credentialId)}

            It is an Open Badges 3.0 credential that anyone can verify.
            """,
        Status = OutboxStatus.Pending,
        CreatedAt = now,
    };
}
