using Credence.Domain.Microcredentials;

namespace Credence.Domain.Authoring;

/// <summary>Checks within one microcredential file: unique competency and assessment ids, assessments naming real competencies.</summary>
internal static class MicrocredentialRules
{
    public static void Check(Microcredential microcredential, LoadedDocument document)
    {
        UniqueIds.Check(document, microcredential.Competencies.Select(c => c.Id), "competencies", "competency");
        UniqueIds.Check(document, microcredential.Assessments.Select(a => a.Id), "assessments", "assessment");

        var competencies = microcredential.Competencies.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < microcredential.Assessments.Count; i++)
        {
            var assesses = microcredential.Assessments[i].Assesses;
            for (var j = 0; j < assesses.Count; j++)
            {
                if (!competencies.Contains(assesses[j]))
                {
                    document.Report(AuthoringCodes.UnknownCompetency, $"The assessment names competency '{assesses[j]}', which this microcredential does not have.{Suggestions.DidYouMean(assesses[j], competencies)}", $"assessments[{i}].assesses[{j}]");
                }
            }
        }
    }
}
