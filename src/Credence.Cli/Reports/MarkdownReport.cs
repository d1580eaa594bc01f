using System.Globalization;
using System.Text;
using Credence.Domain.Evaluation;
using Credence.Domain.Pathways;

namespace Credence.Cli.Reports;

/// <summary>Scorecards as GitHub-flavoured Markdown: a summary table, then per subject and framework the principle scores and the criteria with evidence and recommendations.</summary>
internal static class MarkdownReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="scorecards">The scorecards, grouped by subject.</param>
    /// <param name="offRamps">The off-ramps of the pathways evaluated, shown in each pathway's section; empty without labor-market data.</param>
    public static string Write(IReadOnlyList<Scorecard> scorecards, IReadOnlyList<OffRampReport>? offRamps = null)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var text = new StringBuilder();
        text.AppendLine("# Value scorecards").AppendLine();
        var dates = scorecards.Select(s => ReportText.Date(s.AsOf)).Distinct().ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{ReportText.SubjectCounts(ReportText.BySubject(scorecards))}, {ReportText.Plural(scorecards.Count, "scorecard")}, evaluated as of {string.Join(", ", dates)}.").AppendLine();

        text.AppendLine("## Summary").AppendLine();
        text.AppendLine("| subject | kind | framework | overall score | met | partly met | not met | not enough information |");
        text.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scorecard in scorecards)
        {
            var (met, partly, notMet, unknown) = ReportText.Counts(scorecard);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {Cell(scorecard.SubjectTitle)} | {ReportText.Kind(scorecard.SubjectKind)} | {Cell(scorecard.FrameworkId)} | " +
                $"{ReportText.Score(scorecard.OverallScore)} | {met} | {partly} | {notMet} | {unknown} |");
        }

        text.AppendLine();
        foreach (var subject in ReportText.BySubject(scorecards))
        {
            var first = subject[0];
            text.AppendLine(CultureInfo.InvariantCulture, $"## {Cell(first.SubjectTitle)}").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{ReportText.Kind(first.SubjectKind)} `{first.SubjectId}`").AppendLine();
            foreach (var scorecard in subject)
            {
                WriteScorecard(text, scorecard);
            }

            if (ReportText.OffRampsOf(offRamps ?? [], first) is { } report)
            {
                WriteOffRamps(text, report);
            }
        }

        if (scorecards.Any(s => s.DataVintage is not null))
        {
            text.AppendLine("---").AppendLine().AppendLine(ReportText.DataAttribution);
        }

        return text.ToString();
    }

    private static void WriteScorecard(StringBuilder text, Scorecard scorecard)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"### {Cell(ReportText.Framework(scorecard))}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"**Overall score: {ReportText.Score(scorecard.OverallScore)} / 100** · as of {ReportText.Date(scorecard.AsOf)}");
        if (scorecard.DataVintage is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" · labor-market data: {Cell(scorecard.DataVintage)}");
        }

        text.AppendLine();
        text.AppendLine();
        text.AppendLine("| principle | weight | score | met | partly met | not met | not enough information |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var principle in scorecard.Principles)
        {
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {Cell(principle.Title)} | {ReportText.Weight(principle.Weight)} | {ReportText.Score(principle.Score)} | " +
                $"{principle.Met} | {principle.PartlyMet} | {principle.NotMet} | {principle.NotEnoughInformation} |");
        }

        text.AppendLine();
        text.AppendLine("| status | criterion | finding and evidence | recommendation |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var criterion in scorecard.Criteria)
        {
            var evidence = criterion.Evidence.Count == 0
                ? string.Empty
                : "<br>" + string.Join("<br>", criterion.Evidence.Select(e => "`" + ReportText.Evidence(e).Replace("`", "'", StringComparison.Ordinal) + "`"));
            var recommendation = criterion.Status == CriterionStatus.Met ? string.Empty : Cell(criterion.Recommendation ?? string.Empty);
            var attestation = criterion.IsAttestation ? " (attestation)" : string.Empty;
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {ReportText.StatusMark(criterion.Status)} {ReportText.Status(criterion.Status)} | {Cell(criterion.Title)}{attestation}<br>`{criterion.CriterionId}`{(criterion.Code is null ? string.Empty : $"<br>`{criterion.Code}`")} | " +
                $"{Cell(criterion.Summary)}{evidence.Replace("|", "\\|", StringComparison.Ordinal)} | {recommendation} |");
        }

        text.AppendLine();
    }

    private static void WriteOffRamps(StringBuilder text, OffRampReport report)
    {
        text.AppendLine("### Off-ramps: jobs and wages per stage").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Region {Cell(report.Region.ToString())}; {Cell(ReportText.Threshold(report))}.").AppendLine();
        text.AppendLine("| stage / exit | occupation | median annual wage | 25th percentile | outlook | clears threshold |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var point in report.Points)
        {
            var label = Cell(ReportText.OffRampLabel(point));
            if (point.Occupations.Count == 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | – | n/a | n/a | n/a | n/a |");
                continue;
            }

            foreach (var occupation in point.Occupations)
            {
                var name = occupation.Title is null ? $"`{occupation.Code}`" : $"`{occupation.Code}` {Cell(occupation.Title)}";
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"| {label} | {name} | {ReportText.Money(occupation.Wages?.MedianAnnual, occupation.Wages?.MedianIsTopCoded == true)} | " +
                    $"{ReportText.Money(occupation.Wages?.Percentile25Annual)} | {ReportText.Outlook(occupation.Outlook?.EmploymentChangePercent)} | {ReportText.Clears(occupation.ClearsThreshold)} |");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Sources: {Cell(string.Join("; ", ReportText.Sources(report)))}.").AppendLine();
    }

    /// <summary>Text safe inside a table cell and a heading: pipes escaped, line breaks flattened, HTML angle brackets neutralised.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
