using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;

namespace Credence.Web.Features.DesignForms;

/// <summary>Saves a checked design as its draft (creating the design, or a new draft after a published version), scores it and, when asked, publishes it — all in one transaction, so a failure leaves nothing half-saved.</summary>
internal sealed class DraftSaver(CredenceDbContext db, DesignStore store, DesignScorer scorer)
{
    public Task<DesignResult> SaveAsync(string institution, Microcredential microcredential, bool isNew, bool publish, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(
            institution,
            DesignKind.Microcredential,
            microcredential.Id,
            publish,
            actor,
            () => isNew
                ? store.CreateDraftAsync(institution, microcredential, actor, cancellationToken)
                : store.SaveDraftAsync(institution, microcredential, actor, cancellationToken),
            cancellationToken);

    public Task<DesignResult> SaveAsync(string institution, Pathway pathway, bool isNew, bool publish, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(
            institution,
            DesignKind.Pathway,
            pathway.Id,
            publish,
            actor,
            () => isNew
                ? store.CreateDraftAsync(institution, pathway, actor, cancellationToken)
                : store.SaveDraftAsync(institution, pathway, actor, cancellationToken),
            cancellationToken);

    private async Task<DesignResult> RunAsync(string institution, DesignKind kind, string id, bool publish, Actor actor, Func<Task<DesignResult>> save, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await save();
        if (!saved.Succeeded)
        {
            return saved;
        }

        await scorer.ScoreAsync(saved.Version!, cancellationToken); // Version is set whenever Succeeded is true.
        if (publish)
        {
            saved = await store.PublishAsync(institution, kind, id, actor, cancellationToken);
            if (!saved.Succeeded)
            {
                return saved;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }
}
