using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Features.DesignForms;

namespace Credence.Web.Features.VersionCompare;

/// <summary>Loads two versions of a design and their scorecards and compares them, for the compare page and endpoint alike.</summary>
internal sealed class VersionCompareLoader(DesignStore store)
{
    /// <summary>The comparison, or null when either version does not exist.</summary>
    public async Task<VersionComparison?> CompareAsync(string institution, DesignKind kind, string id, int from, int to, CancellationToken cancellationToken)
    {
        var older = await store.FindAsync(institution, kind, id, from, cancellationToken);
        var newer = await store.FindAsync(institution, kind, id, to, cancellationToken);
        if (older is null || newer is null)
        {
            return null;
        }

        return VersionComparison.Compare(
            from,
            older.Content,
            ScorecardSummary.From(await store.ListScorecardsAsync(older.Id, cancellationToken)),
            to,
            newer.Content,
            ScorecardSummary.From(await store.ListScorecardsAsync(newer.Id, cancellationToken)));
    }

    public static DesignKind? KindOf(string segment) => segment switch
    {
        "microcredentials" => DesignKind.Microcredential,
        "pathways" => DesignKind.Pathway,
        _ => null,
    };
}
