using Credence.Domain.Frameworks;
using Credence.Persistence.Entities;

namespace Credence.Web.Features.Reviews;

/// <summary>The criteria of the built-in frameworks by full id, for the kind of design they judge.</summary>
internal static class AttestableCriteria
{
    /// <summary>Finds a criterion (<c>mvf.quality.aligned-to-needs</c>) that judges this kind of design.</summary>
    public static Criterion? Find(DesignKind kind, string fullId) =>
        All(kind).FirstOrDefault(c => c.FullId == fullId).Criterion;

    /// <summary>Every criterion that a reviewer attests, for this kind of design, with its framework's title.</summary>
    public static IEnumerable<(string FullId, string Framework, Criterion Criterion)> Attestations(DesignKind kind) =>
        All(kind).Where(c => c.Criterion.IsAttestation);

    private static IEnumerable<(string FullId, string Framework, Criterion Criterion)> All(DesignKind kind)
    {
        var subject = kind == DesignKind.Microcredential ? SubjectKind.Microcredential : SubjectKind.Pathway;
        return from framework in BuiltInFrameworks.All
               from principle in framework.Principles
               from criterion in principle.Criteria
               where (criterion.AppliesTo.Count > 0 ? criterion.AppliesTo : framework.AppliesTo).Contains(subject)
               select ($"{framework.Id}.{principle.Id}.{criterion.Id}", framework.Title, criterion);
    }
}
