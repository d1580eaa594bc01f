using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Credence.Persistence.Entities;
using Credence.Persistence.Keys;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing.Bulk;

/// <summary>Issues a microcredential to every valid row of a CSV file: validates every row first (each problem with its row, field and
/// code), then signs on all cores and stores a batch per transaction. Idempotent and resumable: each row's credential carries an
/// idempotency key unique per institution (microcredential, learner, row id), rows already issued are skipped, and a run killed at any
/// point leaves only whole batches behind.</summary>
public sealed class BulkIssuer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly CredenceDbContext _db;
    private readonly IssuancePipeline _pipeline;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="BulkIssuer"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="keys">The issuer keys.</param>
    /// <param name="statusLists">The status lists.</param>
    /// <param name="options">The issuing options.</param>
    /// <param name="timeProvider">The clock.</param>
    public BulkIssuer(CredenceDbContext db, IssuerKeyService keys, StatusListService statusLists, IssuingOptions options, TimeProvider timeProvider)
    {
        _db = db;
        _timeProvider = timeProvider;
        _pipeline = new IssuancePipeline(keys, statusLists, options, timeProvider);
    }

    /// <summary>Checks the file and issues its valid rows.</summary>
    /// <param name="request">The run.</param>
    /// <param name="progress">Receives progress after each batch; may be null.</param>
    /// <param name="cancellationToken">Cancels the run between batches (what is stored stays; a re-run resumes).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The batch size is not positive.</exception>
    public async Task<BulkIssueReport> RunAsync(BulkIssueRequest request, IProgress<BulkIssueProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.BatchSize, 1);
        var published = await PublishedMicrocredential.FindAsync(_db, request.Institution, request.MicrocredentialId, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            var code = await _db.Institutions.AnyAsync(i => i.Slug == request.Institution, cancellationToken).ConfigureAwait(false)
                ? IssuingCodes.MicrocredentialNotFound : IssuingCodes.InstitutionNotFound;
            return new BulkIssueReport(code, 0, 0, [], 0, 0);
        }

        var (rows, problems, totalRows, rejected) = BulkCsvFormat.Check(request.Csv, published.Microcredential);
        if (MasteryRule.CheckRule(published.Microcredential) is { } ruleProblem)
        {
            problems.Insert(0, ruleProblem with { Row = 1 });
            rejected = true;
        }

        var job = new BulkIssuanceJob
        {
            InstitutionId = published.Institution.Id,
            DesignVersionId = published.Version.Id,
            FileName = request.FileName,
            FileSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Csv))),
            TotalRows = totalRows,
            ValidRows = rejected ? 0 : rows.Count,
            InvalidRows = problems.Where(p => p.Row > 1).Select(p => p.Row).Distinct().Count(),
            Status = rejected ? BulkIssuanceStatus.Rejected : BulkIssuanceStatus.Running,
            ErrorsJson = problems.Count > 0 ? JsonSerializer.Serialize(problems, Json) : null,
            StartedBy = request.StartedBy,
            StartedAt = _timeProvider.GetUtcNow(),
        };
        _db.BulkIssuanceJobs.Add(job);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (rejected)
        {
            return new BulkIssueReport(null, job.Id, totalRows, problems, 0, 0);
        }

        var issued = 0;
        var skipped = 0;
        var batches = Enumerable.Range(0, (rows.Count + request.BatchSize - 1) / request.BatchSize)
            .Select(b => rows.GetRange(b * request.BatchSize, Math.Min(request.BatchSize, rows.Count - (b * request.BatchSize)))).ToList();
        var done = 0;

        // Batch k+1 is checked against the database and starts signing on all cores while batch k is written.
        var next = batches.Count > 0 ? await PrepareAsync(published, job, batches[0], cancellationToken).ConfigureAwait(false) : null;
        for (var b = 0; b < batches.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = next!;
            next = b + 1 < batches.Count ? await PrepareAsync(published, job, batches[b + 1], cancellationToken).ConfigureAwait(false) : null;
            var (batchIssued, batchSkipped) = await StoreWithRetryAsync(published, job, current, cancellationToken).ConfigureAwait(false);
            issued += batchIssued;
            skipped += batchSkipped;
            done += current.Rows.Count;
            progress?.Report(new BulkIssueProgress(done, rows.Count, issued, skipped));
        }

        await _db.BulkIssuanceJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, BulkIssuanceStatus.Completed)
            .SetProperty(j => j.CompletedAt, _timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return new BulkIssueReport(null, job.Id, totalRows, problems, issued, skipped);
    }

    private async Task<(int Issued, int Skipped)> StoreWithRetryAsync(PublishedMicrocredential published, BulkIssuanceJob job, PreparedBatch batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreBatchAsync(published, job, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && attempt < 3)
            {
                // A concurrent run stored some of these rows (or their learners) first; checking again skips what is there now.
                _db.ChangeTracker.Clear();
                batch = await PrepareAsync(published, job, batch.Rows, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Finds the rows to skip, builds the rest in memory, takes a status index for each, and starts signing them.</summary>
    private async Task<PreparedBatch> PrepareAsync(PublishedMicrocredential published, BulkIssuanceJob job, List<BulkRow> batch, CancellationToken cancellationToken)
    {
        var institutionId = published.Institution.Id;
        var versionId = published.Version.Id;
        var mcId = published.Microcredential.Id;

        // Skip rows issued before (by key), and learners who already hold this version (issued another way).
        var keys = batch.Select(r => r.IdempotencyKey(mcId)).ToList();
        var done = (await _db.IssuedCredentials.AsNoTracking().Where(c => c.InstitutionId == institutionId && keys.Contains(c.IdempotencyKey))
            .Select(c => c.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var emails = batch.Select(r => r.Email).ToList();
        var learners = await _db.Learners.AsNoTracking().Where(l => emails.Contains(l.Email)).ToDictionaryAsync(l => l.Email, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var learnerIds = learners.Values.Select(l => l.Id).ToList();
        var awarded = (await _db.Awards.AsNoTracking().Where(a => a.DesignVersionId == versionId && learnerIds.Contains(a.LearnerId))
            .Select(a => a.LearnerId).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var todo = batch.Where(r => !done.Contains(r.IdempotencyKey(mcId)) && !(learners.TryGetValue(r.Email, out var l) && awarded.Contains(l.Id))).ToList();

        var now = _timeProvider.GetUtcNow();
        var items = new List<IssueItem>(todo.Count);
        var newLearners = new List<Learner>();
        var awards = new List<Award>(todo.Count);
        foreach (var row in todo)
        {
            if (!learners.TryGetValue(row.Email, out var learner))
            {
                learner = new Learner { Email = row.Email, Name = row.Name, PublicId = Guid.NewGuid(), CreatedAt = now };
                learners[row.Email] = learner;
                newLearners.Add(learner);
            }

            var assessedAt = row.IssueDate ?? now;
            var rowResults = row.Results.Select(r => new AssessmentResult
            {
                CompetencyId = r.CompetencyId,
                DesignVersionId = versionId,
                ProficiencyLevel = r.ProficiencyLevel,
                Result = r.Result,
                Mastered = true,
                Assessor = r.Assessor,
                Evidence = r.Evidence.ToList(),
                AssessedAt = assessedAt,
                RecordedAt = now,
            }).ToList();
            awards.Add(new Award { InstitutionId = institutionId, DesignVersionId = versionId, AwardedAt = assessedAt, AwardedBy = "bulk:" + job.Id });
            items.Add(new IssueItem(learner, rowResults, assessedAt, row.IdempotencyKey(mcId)));
        }

        // Signing happens outside any transaction: a kill while signing, or between signing and storing, leaves nothing
        // but status list indexes that are never used.
        Task<IReadOnlyList<SignedItem>> signing = Task.FromResult<IReadOnlyList<SignedItem>>([]);
        if (items.Count > 0)
        {
            var plan = await _pipeline.PrepareAsync(published, items, cancellationToken).ConfigureAwait(false);
            signing = Task.Run(() => _pipeline.SignAsync(plan, cancellationToken), cancellationToken);
        }

        return new PreparedBatch(batch, batch.Count - todo.Count, newLearners, items, awards, signing);
    }

    private async Task<(int Issued, int Skipped)> StoreBatchAsync(PublishedMicrocredential published, BulkIssuanceJob job, PreparedBatch batch, CancellationToken cancellationToken)
    {
        var signed = await batch.Signing.ConfigureAwait(false);
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await StoreAsync(published.Institution.Id, published.Version.Id, job.Id, batch.Skipped, batch.NewLearners, batch.Items, batch.Awards, signed, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (signed.Count, batch.Skipped);
    }

    /// <summary>Writes the batch's rows with <see cref="RowWriter"/> (bulk inserts without change tracking), looking keys up by the
    /// unique columns (learner e-mail, award learner and version, credential idempotency key) instead of reading them back per row.</summary>
    private async Task StoreAsync(long institutionId, long versionId, long jobId, int skipped, List<Learner> newLearners, List<IssueItem> items, List<Award> awards,
        IReadOnlyList<SignedItem> signed, CancellationToken cancellationToken)
    {
        var writer = new RowWriter(_db);
        await writer.InsertAsync("Learners", ["PublicId", "Email", "Name", "CreatedAt"],
            newLearners.Select(l => new object?[] { l.PublicId, l.Email, l.Name, l.CreatedAt }).ToList(), cancellationToken).ConfigureAwait(false);
        var emails = items.Select(i => i.Learner.Email).ToList();
        var learnerIds = await _db.Learners.AsNoTracking().Where(l => emails.Contains(l.Email))
            .ToDictionaryAsync(l => l.Email, l => l.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        await writer.InsertAsync("AssessmentResults",
            ["LearnerId", "DesignVersionId", "CompetencyId", "Result", "ProficiencyLevel", "Mastered", "Assessor", "Evidence", "AssessedAt", "RecordedAt"],
            items.SelectMany(item => item.Results.Select(r => new object?[]
            {
                learnerIds[item.Learner.Email], versionId, r.CompetencyId, r.Result, r.ProficiencyLevel, r.Mastered, r.Assessor,
                Configurations.AssessmentResultConfiguration.SerializeEvidence(r.Evidence), r.AssessedAt, r.RecordedAt,
            })).ToList(), cancellationToken).ConfigureAwait(false);

        await writer.InsertAsync("Awards", ["InstitutionId", "LearnerId", "DesignVersionId", "AwardedAt", "AwardedBy"],
            items.Select((item, i) => new object?[] { institutionId, learnerIds[item.Learner.Email], versionId, awards[i].AwardedAt, awards[i].AwardedBy }).ToList(),
            cancellationToken).ConfigureAwait(false);
        var ids = learnerIds.Values.ToList();
        var awardIds = await _db.Awards.AsNoTracking().Where(a => a.DesignVersionId == versionId && ids.Contains(a.LearnerId))
            .ToDictionaryAsync(a => a.LearnerId, a => a.Id, cancellationToken).ConfigureAwait(false);

        await writer.InsertAsync("IssuedCredentials",
            ["CredentialId", "InstitutionId", "LearnerId", "DesignVersionId", "AwardId", "IssuerKeyId", "Json", "StatusListId", "StatusListIndex", "State",
             "IssuedAt", "ValidFrom", "ValidUntil", "IdempotencyKey", "IsPublic"],
            signed.Select(s =>
            {
                var c = s.Credential;
                var learnerId = learnerIds[s.Item.Learner.Email];
                return new object?[]
                {
                    c.CredentialId, institutionId, learnerId, versionId, awardIds[learnerId], c.IssuerKeyId, c.Json, c.StatusListId, c.StatusListIndex, c.State,
                    c.IssuedAt, c.ValidFrom, c.ValidUntil, c.IdempotencyKey, false,
                };
            }).ToList(), cancellationToken).ConfigureAwait(false);
        var keys = signed.Select(s => s.Credential.IdempotencyKey).ToList();
        var credentialIds = await _db.IssuedCredentials.AsNoTracking().Where(c => c.InstitutionId == institutionId && keys.Contains(c.IdempotencyKey))
            .ToDictionaryAsync(c => c.IdempotencyKey, c => c.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        await writer.InsertAsync("OutboxMessages", ["InstitutionId", "To", "ToName", "Subject", "TextBody", "IssuedCredentialId", "Status", "CreatedAt", "Attempts"],
            signed.Select(s => new object?[]
            {
                s.Message.InstitutionId, s.Message.To, s.Message.ToName, s.Message.Subject, s.Message.TextBody, credentialIds[s.Credential.IdempotencyKey],
                s.Message.Status, s.Message.CreatedAt, 0,
            }).ToList(), cancellationToken).ConfigureAwait(false);
        await UpdateJobAsync(jobId, signed.Count, skipped, cancellationToken).ConfigureAwait(false);
    }

    private Task<int> UpdateJobAsync(long jobId, int issued, int skipped, CancellationToken cancellationToken) =>
        _db.BulkIssuanceJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.IssuedCount, j => j.IssuedCount + issued)
            .SetProperty(j => j.SkippedCount, j => j.SkippedCount + skipped), cancellationToken);
}
