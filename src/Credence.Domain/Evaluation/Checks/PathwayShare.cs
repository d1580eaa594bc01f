using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Judges a yes/no property over every microcredential of a pathway: all is met, some is partly met, none is not met.</summary>
internal static class PathwayShare
{
    public static CheckOutcome Judge(Pathway pathway, EvaluationContext context, Func<Microcredential, bool?> read, string field, string what, string recommendation)
    {
        var route = PathwayRoute.Resolve(pathway, context);
        if (route.Unresolved.Count > 0)
        {
            return route.UnresolvedOutcome();
        }

        if (route.All.Count == 0)
        {
            return PathwayRoute.NoStagesOutcome();
        }

        var values = route.All.Select(m => (m.Id, Value: read(m))).ToList();
        var evidence = values.Select(v => new Evidence($"{v.Id}.{field}", v.Value is { } b ? Format.Of(b) : Format.MissingValue)).ToList();
        var unknown = values.Where(v => v.Value is null).Select(v => v.Id).ToList();
        if (unknown.Count > 0)
        {
            return CheckOutcome.Missing($"The publication record of {string.Join(", ", unknown)} is missing.", "Record the publication of every credential of the pathway.", evidence);
        }

        var yes = values.Count(v => v.Value == true);
        var summary = $"{Format.Of(yes)} of {Format.Of(values.Count)} credentials are {what}.";
        if (yes == values.Count)
        {
            return CheckOutcome.Met(summary, evidence);
        }

        return yes > 0 ? CheckOutcome.PartlyMet(summary, recommendation, evidence) : CheckOutcome.NotMet(summary, recommendation, evidence);
    }
}
