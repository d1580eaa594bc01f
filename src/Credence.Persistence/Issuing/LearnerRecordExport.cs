using Credence.Credentials.Clr;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Documents;
using Credence.Domain.Pathways;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Keys;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>Exports a learner's credentials from one institution as a signed CLR 2.0 <c>ClrCredential</c> (the Learner Employment
/// Record): every active credential with its own proof, each pathway of the institution they count toward as an achievement, and the
/// associations (<c>isPartOf</c> the pathway, <c>precedes</c> between stages).</summary>
/// <seealso href="https://www.imsglobal.org/spec/clr/v2p0/"/>
public sealed class LearnerRecordExport
{
    private readonly CredenceDbContext _db;
    private readonly IssuerKeyService _keys;
    private readonly TimeProvider _timeProvider;
    private readonly IssuingUrls _urls;

    /// <summary>Initializes a new instance of the <see cref="LearnerRecordExport"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="keys">The issuer keys.</param>
    /// <param name="options">The issuing options.</param>
    /// <param name="timeProvider">The clock.</param>
    public LearnerRecordExport(CredenceDbContext db, IssuerKeyService keys, IssuingOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _keys = keys;
        _timeProvider = timeProvider;
        _urls = new IssuingUrls(options.PublicBaseUrl);
    }

    /// <summary>Builds and signs the learner's record from an institution.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="learnerId">The learner's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The signed CLR, or a code (<see cref="IssuingCodes.NothingToExport"/>, <see cref="IssuingCodes.LearnerNotFound"/>).</returns>
    public async Task<(SignedCredential? Record, string? Code)> ExportAsync(string institution, long learnerId, CancellationToken cancellationToken)
    {
        var issuer = await _db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == institution, cancellationToken).ConfigureAwait(false);
        if (issuer is null)
        {
            return (null, IssuingCodes.InstitutionNotFound);
        }

        var learner = await _db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Id == learnerId, cancellationToken).ConfigureAwait(false);
        if (learner is null)
        {
            return (null, IssuingCodes.LearnerNotFound);
        }

        var held = await (from c in _db.IssuedCredentials.AsNoTracking()
                          join v in _db.DesignVersions.AsNoTracking() on c.DesignVersionId equals v.Id
                          join d in _db.Designs.AsNoTracking() on v.DesignId equals d.Id
                          where c.LearnerId == learnerId && c.InstitutionId == issuer.Id && c.State == CredentialState.Active
                          orderby c.Id
                          select new { c.Json, d.Slug, v.Number }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (held.Count == 0)
        {
            return (null, IssuingCodes.NothingToExport);
        }

        var achievementOf = held.GroupBy(h => h.Slug).ToDictionary(g => g.Key, g => _urls.Achievement(institution, g.Key, g.Max(h => h.Number)), StringComparer.Ordinal);
        var pathways = await (from d in _db.Designs.AsNoTracking()
                              join v in _db.DesignVersions.AsNoTracking() on d.Id equals v.DesignId
                              where d.InstitutionId == issuer.Id && d.Kind == DesignKind.Pathway && v.Number == d.PublishedVersionNumber
                              select v.Content).ToListAsync(cancellationToken).ConfigureAwait(false);
        var achievements = new List<Achievement>();
        var associations = new List<Association>();
        foreach (var pathway in pathways.Select(DesignJson.DeserializePathway))
        {
            var stages = pathway.Stages.Select(s => (Stage: s, Held: s.Microcredentials.Where(achievementOf.ContainsKey).ToList())).ToList();
            if (stages.All(s => s.Held.Count == 0))
            {
                continue;
            }

            var pathwayId = _urls.Pathway(institution, pathway.Id);
            achievements.Add(PathwayAchievement(pathway, pathwayId));
            associations.AddRange(stages.SelectMany(s => s.Held).Distinct().Select(m => new Association { AssociationType = "isPartOf", SourceId = achievementOf[m], TargetId = pathwayId }));
            foreach (var (stage, heldHere) in stages)
            {
                foreach (var later in stages.Where(s => s.Stage.After.Contains(stage.Id)))
                {
                    associations.AddRange(from a in heldHere from b in later.Held select new Association { AssociationType = "precedes", SourceId = achievementOf[a], TargetId = achievementOf[b] });
                }
            }
        }

        var key = await _keys.GetOrCreateActiveKeyAsync(issuer.Id, cancellationToken).ConfigureAwait(false);
        var issuerId = _keys.IssuerId(issuer, key);
        var now = _timeProvider.GetUtcNow();
        var record = ClrBuilder.Build(new ClrOptions
        {
            Id = "urn:uuid:" + Guid.NewGuid().ToString("D"),
            Issuer = CredentialBuilder.IssuerProfile(issuer, issuerId),
            LearnerId = "urn:uuid:" + learner.PublicId.ToString("D"),
            Name = $"{learner.Name}: learner record from {issuer.Name}",
            ValidFrom = now,
            Achievements = achievements,
            Associations = associations.Distinct().ToList(),
        }, held.Select(h => SignedCredential.FromText(h.Json)).ToList());
        var signed = await DataIntegrityProofs.AddProofAsync(
            CredentialJson.Serialize(record), _keys.OpenSigningKey(key),
            new ProofOptions { VerificationMethod = _keys.VerificationMethodId(issuer, key), Created = now }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (signed, null);
    }

    private static Achievement PathwayAchievement(Pathway pathway, string id) => new()
    {
        Id = id,
        Name = pathway.Title,
        Description = pathway.Description ?? pathway.Title,
        Criteria = new Criteria
        {
            Id = pathway.Publication?.PublicUrl,
            Narrative = "Complete the stages of the pathway: " + string.Join("; ", pathway.Stages.Select(s => s.Title ?? s.Id)) + ".",
        },
        AchievementType = "LearningProgram",
    };
}
