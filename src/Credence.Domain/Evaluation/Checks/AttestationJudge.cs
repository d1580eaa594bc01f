using Credence.Domain.Common;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Judges an attestation criterion from the subject's attestations: the latest one for the criterion decides.</summary>
internal static class AttestationJudge
{
    public static CheckOutcome Judge(string fullId, Criterion criterion, IReadOnlyList<Attestation> attestations, DateOnly asOf)
    {
        Attestation? latest = null;
        foreach (var attestation in attestations)
        {
            if (string.Equals(attestation.Criterion, fullId, StringComparison.Ordinal) && (latest is null || attestation.Date > latest.Date))
            {
                latest = attestation;
            }
        }

        var ask = criterion.Attestation ?? criterion.Title;
        if (latest is null)
        {
            return CheckOutcome.Missing(
                    "No reviewer attestation is on record.",
                    $"Have a reviewer confirm, with evidence, and record an attestation for {fullId}: {ask}",
                    new Evidence("attestations", "none for " + fullId))
                .WithCode(RuleCodes.AttestationMissing);
        }

        var maxMonths = criterion.Parameters.TryGetValue("max-age-months", out var text)
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : 12;
        var evidence = new List<Evidence>
        {
            new("attestations (latest)", $"{latest.By}, {Format.Of(latest.Date)}, confirmed {Format.Of(latest.Confirmed)}"),
        };
        evidence.AddRange(latest.Evidence.Select((e, i) => new Evidence($"attestations (latest).evidence[{Format.Of(i)}]", e)));
        if (!latest.Confirmed)
        {
            return CheckOutcome.NotMet($"{latest.By} did not confirm it on {Format.Of(latest.Date)}.", criterion.Recommendation ?? $"Address the reviewer's findings, then attest again: {ask}", evidence)
                .WithCode(RuleCodes.AttestationUnconfirmed);
        }

        if (latest.Date < asOf.AddMonths(-maxMonths))
        {
            return CheckOutcome.NotMet($"The attestation of {Format.Of(latest.Date)} is older than {Format.Of(maxMonths)} months.", $"Review again and record a new attestation: {ask}", evidence)
                .WithCode(RuleCodes.AttestationExpired);
        }

        return latest.Evidence.Count == 0
            ? CheckOutcome.PartlyMet($"{latest.By} confirmed it on {Format.Of(latest.Date)} without citing evidence.", "Attach the evidence the confirmation rests on (documents, minutes, links).", evidence)
                .WithCode(RuleCodes.AttestationWithoutEvidence)
            : CheckOutcome.Met($"{latest.By} confirmed it on {Format.Of(latest.Date)} with evidence.", evidence);
    }
}
