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

        var (rows, problems, totalRows) = BulkCsvFormat.Check(request.Csv, published.Microcredential);
        if (MasteryRule.CheckRule(published.Microcredential) is { } ruleProblem)
        {
            problems.Insert(0, ruleProblem with { Row = 1 });
            rows.Clear();
        }

        var rejected = problems.Any(p => p.Row is null or 1);
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
        for (var start = 0; start < rows.Count; start += request.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = rows.GetRange(start, Math.Min(request.BatchSize, rows.Count - start));
            var (batchIssued, batchSkipped) = await IssueBatchWithRetryAsync(published, job, batch, cancellationToken).ConfigureAwait(false);
            issued += batchIssued;
            skipped += batchSkipped;
            progress?.Report(new BulkIssueProgress(start + batch.Count, rows.Count, issued, skipped));
        }

        await _db.BulkIssuanceJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, BulkIssuanceStatus.Completed)
            .SetProperty(j => j.CompletedAt, _timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return new BulkIssueReport(null, job.Id, totalRows, problems, issued, skipped);
    }

    private async Task<(int Issued, int Skipped)> IssueBatchWithRetryAsync(PublishedMicrocredential published, BulkIssuanceJob job, List<BulkRow> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IssueBatchAsync(published, job, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent run stored some of these rows (or their learners) first; the retry skips what is there now.
                _db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(int Issued, int Skipped)> IssueBatchAsync(PublishedMicrocredential published, BulkIssuanceJob job, List<BulkRow> batch, CancellationToken cancellationToken)
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
        var skipped = batch.Count - todo.Count;
        if (todo.Count == 0)
        {
            await UpdateJobAsync(job.Id, 0, skipped, cancellationToken).ConfigureAwait(false);
            return (0, skipped);
        }

        var now = _timeProvider.GetUtcNow();
        var items = new List<IssueItem>(todo.Count);
        var newLearners = new List<Learner>();
        var results = new List<AssessmentResult>();
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
            results.AddRange(rowResults);
            awards.Add(new Award { InstitutionId = institutionId, DesignVersionId = versionId, AwardedAt = assessedAt, AwardedBy = "bulk:" + job.Id });
            items.Add(new IssueItem(learner, rowResults, assessedAt, row.IdempotencyKey(mcId)));
        }

        // Signing happens before the transaction: a kill here leaves nothing but status list indexes that are never used.
        var signed = await _pipeline.SignAsync(published, items, cancellationToken).ConfigureAwait(false);

        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                _db.Learners.AddRange(newLearners);
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < items.Count; i++)
                {
                    var learnerId = items[i].Learner.Id;
                    awards[i].LearnerId = learnerId;
                    foreach (var result in items[i].Results)
                    {
                        result.LearnerId = learnerId;
                    }
                }

                _db.AssessmentResults.AddRange(results);
                _db.Awards.AddRange(awards);
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < signed.Count; i++)
                {
                    signed[i].Credential.Learner = null;
                    signed[i].Credential.LearnerId = items[i].Learner.Id;
                    signed[i].Credential.AwardId = awards[i].Id;
                }

                _db.IssuedCredentials.AddRange(signed.Select(s => s.Credential));
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (var item in signed)
                {
                    item.Message.IssuedCredentialId = item.Credential.Id;
                }

                _db.OutboxMessages.AddRange(signed.Select(s => s.Message));
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await UpdateJobAsync(job.Id, signed.Count, skipped, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _db.ChangeTracker.Clear();
                _db.ChangeTracker.AutoDetectChangesEnabled = true;
            }
        }

        return (signed.Count, skipped);
    }

    private Task<int> UpdateJobAsync(long jobId, int issued, int skipped, CancellationToken cancellationToken) =>
        _db.BulkIssuanceJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.IssuedCount, j => j.IssuedCount + issued)
            .SetProperty(j => j.SkippedCount, j => j.SkippedCount + skipped), cancellationToken);
}
