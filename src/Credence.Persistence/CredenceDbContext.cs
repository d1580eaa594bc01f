using Credence.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence;

/// <summary>The Credence database: institutions, accounts, designs and their versions, scorecards, reviews, employers, issuing (keys, learners, results, awards, credentials, status lists, outbox, bulk runs), the audit log and Data Protection keys.</summary>
/// <remarks>The provider (SQLite or PostgreSQL) and its migrations come from <c>Credence.Persistence.Sqlite</c> or <c>Credence.Persistence.PostgreSql</c>.</remarks>
/// <param name="options">The options the provider project configured.</param>
public sealed class CredenceDbContext(DbContextOptions<CredenceDbContext> options)
    : IdentityDbContext<CredenceUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>Institutions hosted by this instance.</summary>
    public DbSet<Institution> Institutions => Set<Institution>();

    /// <summary>Microcredentials and pathways.</summary>
    public DbSet<Design> Designs => Set<Design>();

    /// <summary>Every version of every design.</summary>
    public DbSet<DesignVersion> DesignVersions => Set<DesignVersion>();

    /// <summary>Stored scorecards.</summary>
    public DbSet<ScorecardRecord> Scorecards => Set<ScorecardRecord>();

    /// <summary>Quality reviews.</summary>
    public DbSet<Review> Reviews => Set<Review>();

    /// <summary>Reviewer attestations for criteria that need human judgement.</summary>
    public DbSet<CriterionAttestation> CriterionAttestations => Set<CriterionAttestation>();

    /// <summary>Proficiency scales institutions defined in the authoring format.</summary>
    public DbSet<StoredProficiencyScale> ProficiencyScales => Set<StoredProficiencyScale>();

    /// <summary>Institutions' framework overrides, one per institution.</summary>
    public DbSet<InstitutionFrameworkOverride> FrameworkOverrides => Set<InstitutionFrameworkOverride>();

    /// <summary>Employers and industry partners.</summary>
    public DbSet<Employer> Employers => Set<Employer>();

    /// <summary>What employers did for designs.</summary>
    public DbSet<EmployerEngagementRecord> EmployerEngagements => Set<EmployerEngagementRecord>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Institutions' signing keys (secret parts protected with Data Protection).</summary>
    public DbSet<IssuerKey> IssuerKeys => Set<IssuerKey>();

    /// <summary>People who earn credentials.</summary>
    public DbSet<Learner> Learners => Set<Learner>();

    /// <summary>Assessment results per learner, microcredential version and competency.</summary>
    public DbSet<AssessmentResult> AssessmentResults => Set<AssessmentResult>();

    /// <summary>Awards: microcredential versions learners earned.</summary>
    public DbSet<Award> Awards => Set<Award>();

    /// <summary>Signed credentials, stored exactly as signed.</summary>
    public DbSet<IssuedCredential> IssuedCredentials => Set<IssuedCredential>();

    /// <summary>Bitstring status lists per institution and purpose.</summary>
    public DbSet<StatusList> StatusLists => Set<StatusList>();

    /// <summary>The mail outbox.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Bulk issuance runs.</summary>
    public DbSet<BulkIssuanceJob> BulkIssuanceJobs => Set<BulkIssuanceJob>();

    /// <summary>ASP.NET Core Data Protection keys, so several web instances share them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Saves changes, refusing any change to a published design version.</summary>
    /// <param name="acceptAllChangesOnSuccess">Whether to accept the changes once saved.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="InvalidOperationException">A published design version was modified or deleted.</exception>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PublishedVersionGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Saves changes, refusing any change to a published design version.</summary>
    /// <param name="acceptAllChangesOnSuccess">Whether to accept the changes once saved.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="InvalidOperationException">A published design version was modified or deleted.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PublishedVersionGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CredenceDbContext).Assembly);
    }
}
