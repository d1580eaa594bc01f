using System.Globalization;
using System.Text;
using Credence.Domain.Evaluation;
using Credence.Domain.Pathways;

namespace Credence.Cli.Reports;

/// <summary>The readable terminal report: per scorecard the overall score, a bar per principle and every criterion with its status, evidence and recommendation, then a summary.</summary>
internal static class TableReport
{
    private const int BarWidth = 20;
    private const int TextWidth = 96;
    private const int StatusWidth = 26;
    private const int PrincipleWidth = 36;

    /// <summary>Writes the report; <paramref name="useColor"/> adds ANSI colours (only for a terminal).</summary>
    /// <param name="scorecards">The scorecards, grouped by subject.</param>
    /// <param name="useColor">Whether to add ANSI colours.</param>
    /// <param name="offRamps">The off-ramps of the pathways evaluated, shown after each pathway's scorecards; empty without labor-market data.</param>
    public static string Write(IReadOnlyList<Scorecard> scorecards, bool useColor, IReadOnlyList<OffRampReport>? offRamps = null)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var style = new Style(useColor);
        var text = new StringBuilder();
        foreach (var subject in ReportText.BySubject(scorecards))
        {
            foreach (var scorecard in subject)
            {
                WriteScorecard(text, scorecard, style);
            }

            if (ReportText.OffRampsOf(offRamps ?? [], subject[0]) is { } report)
            {
                WriteOffRamps(text, report, style);
            }
        }

        WriteSummary(text, scorecards, style);
        if (scorecards.Any(s => s.DataVintage is not null))
        {
            text.AppendLine();
            foreach (var line in ReportText.WrapWords(ReportText.DataAttribution, TextWidth))
            {
                text.AppendLine(style.Dim(line));
            }
        }

        return text.ToString();
    }

    private static void WriteScorecard(StringBuilder text, Scorecard scorecard, Style style)
    {
        text.AppendLine(new string('═', TextWidth));
        text.AppendLine(style.Bold(scorecard.SubjectTitle));
        text.AppendLine(style.Dim($"{ReportText.Kind(scorecard.SubjectKind)} {scorecard.SubjectId}"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{ReportText.Framework(scorecard)} · as of {ReportText.Date(scorecard.AsOf)}");
        if (scorecard.DataVintage is not null)
        {
            foreach (var line in ReportText.WrapWords($"labor-market data: {scorecard.DataVintage}", TextWidth))
            {
                text.AppendLine(style.Dim(line));
            }
        }

        text.AppendLine();
        var (met, partly, notMet, unknown) = ReportText.Counts(scorecard);
        text.AppendLine(CultureInfo.InvariantCulture, $"  {style.Bold("Overall score")}  {ReportText.Score(scorecard.OverallScore),3} / 100  {Bar(scorecard.OverallScore)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {met} met · {partly} partly met · {notMet} not met · {unknown} not enough information");
        text.AppendLine();

        text.AppendLine(CultureInfo.InvariantCulture, $"  {style.Bold(Pad("Principle", PrincipleWidth))} {Pad("score", BarWidth + 5)} met / partly / not / n-i");
        foreach (var principle in scorecard.Principles)
        {
            var title = Truncate(principle.Title, PrincipleWidth);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {Pad(title, PrincipleWidth)} {Bar(principle.Score)} {ReportText.Score(principle.Score),3}  " +
                $"{principle.Met} / {principle.PartlyMet} / {principle.NotMet} / {principle.NotEnoughInformation}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {style.Bold("Criteria")}");
        var indent = new string(' ', 2 + StatusWidth + 1);
        foreach (var criterion in scorecard.Criteria)
        {
            var status = Pad($"{ReportText.StatusMark(criterion.Status)} {ReportText.Status(criterion.Status)}", StatusWidth);
            var attestation = criterion.IsAttestation ? " [attestation]" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {style.Status(criterion.Status, status)} {criterion.Title}{attestation} {style.Dim(criterion.Code is null ? $"({criterion.CriterionId})" : $"({criterion.CriterionId} · {criterion.Code})")}");
            foreach (var line in ReportText.WrapWords(criterion.Summary, TextWidth - indent.Length))
            {
                text.Append(indent).AppendLine(line);
            }

            foreach (var evidence in criterion.Evidence)
            {
                foreach (var line in ReportText.WrapWords("evidence: " + ReportText.Evidence(evidence), TextWidth - indent.Length))
                {
                    text.Append(indent).AppendLine(style.Dim(line));
                }
            }

            if (criterion.Recommendation is { } recommendation && criterion.Status != CriterionStatus.Met)
            {
                foreach (var line in ReportText.WrapWords("→ " + recommendation, TextWidth - indent.Length))
                {
                    text.Append(indent).AppendLine(line);
                }
            }
        }

        text.AppendLine();
    }

    private static void WriteOffRamps(StringBuilder text, OffRampReport report, Style style)
    {
        text.AppendLine(new string('─', TextWidth));
        text.AppendLine(CultureInfo.InvariantCulture, $"  {style.Bold("Off-ramps: jobs and wages per stage")} {style.Dim($"(pathway {report.PathwayId}, region {report.Region})")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {ReportText.Threshold(report)}");
        text.AppendLine();
        const int StageWidth = 28;
        const int OccupationWidth = 32;
        text.Append("  ").AppendLine(style.Bold(string.Create(CultureInfo.InvariantCulture, $"{Pad("stage / exit", StageWidth)} {Pad("occupation", OccupationWidth)} {"median",9} {"25th pct",9} {"outlook",7} clears")));
        foreach (var point in report.Points)
        {
            // The stage on the first row, its exits on the rows below, so neither is cut short.
            var labels = new List<string> { point.Kind == OffRampPointKind.Completion ? "Completion" : point.Title };
            labels.AddRange(point.ExitTitles.Select(e => "→ exit: " + e));
            for (var i = 0; i < Math.Max(labels.Count, point.Occupations.Count); i++)
            {
                var label = Pad(i < labels.Count ? Truncate(labels[i], StageWidth) : string.Empty, StageWidth);
                if (i >= point.Occupations.Count)
                {
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {label} {(i == 0 ? "–" : string.Empty)}").TrimEnd());
                    continue;
                }

                var occupation = point.Occupations[i];
                var name = Truncate(occupation.Title is null ? occupation.Code : $"{occupation.Code} {occupation.Title}", OccupationWidth);
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"  {label} {Pad(name, OccupationWidth)} {ReportText.Money(occupation.Wages?.MedianAnnual, occupation.Wages?.MedianIsTopCoded == true),9} " +
                    $"{ReportText.Money(occupation.Wages?.Percentile25Annual),9} {ReportText.Outlook(occupation.Outlook?.EmploymentChangePercent),7} {ReportText.Clears(occupation.ClearsThreshold)}");
            }
        }

        text.AppendLine();
        text.Append("  ").AppendLine(style.Dim("sources:"));
        foreach (var source in ReportText.Sources(report))
        {
            // One source a line, never broken, so each can be searched for and quoted whole.
            text.Append("    ").AppendLine(style.Dim("- " + source));
        }

        text.AppendLine();
    }

    private static void WriteSummary(StringBuilder text, IReadOnlyList<Scorecard> scorecards, Style style)
    {
        var frameworks = scorecards.Select(s => s.FrameworkId).Distinct().ToList();
        var subjects = ReportText.BySubject(scorecards);
        text.AppendLine(new string('═', TextWidth));
        text.AppendLine(style.Bold($"Summary: {ReportText.SubjectCounts(subjects)}, {ReportText.Plural(scorecards.Count, "scorecard")}; overall score out of 100"));
        text.AppendLine();
        const int SubjectWidth = 44;
        var columns = frameworks.Select(f => Math.Max(f.Length, 5)).ToList();
        var header = new StringBuilder("  ").Append(Pad("subject", SubjectWidth)).Append(' ').Append(Pad("kind", 16));
        for (var i = 0; i < frameworks.Count; i++)
        {
            header.Append(' ').Append(frameworks[i].PadLeft(columns[i]));
        }

        text.AppendLine(style.Bold(header.ToString()));
        foreach (var subject in subjects)
        {
            var row = new StringBuilder("  ").Append(Pad(Truncate(subject[0].SubjectTitle, SubjectWidth), SubjectWidth)).Append(' ').Append(Pad(ReportText.Kind(subject[0].SubjectKind), 16));
            for (var i = 0; i < frameworks.Count; i++)
            {
                var card = subject.FirstOrDefault(s => s.FrameworkId == frameworks[i]);
                var cell = card is null ? "–" : ReportText.Score(card.OverallScore);
                row.Append(' ').Append(cell.PadLeft(columns[i]));
            }

            text.AppendLine(row.ToString());
        }
    }

    private static string Bar(double? score)
    {
        if (score is not { } value)
        {
            return new string('·', BarWidth);
        }

        var filled = (int)Math.Round(Math.Clamp(value, 0, 100) / 100 * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Pad(string text, int width) => text.Length >= width ? text : text.PadRight(width);

    private static string Truncate(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    /// <summary>ANSI styling that turns into plain text when colour is off.</summary>
    private readonly record struct Style(bool UseColor)
    {
        public string Bold(string text) => Wrap("1", text);

        public string Dim(string text) => Wrap("2", text);

        public string Status(CriterionStatus status, string text) => status switch
        {
            CriterionStatus.Met => Wrap("32", text),
            CriterionStatus.PartlyMet => Wrap("33", text),
            CriterionStatus.NotMet => Wrap("31", text),
            _ => Wrap("35", text),
        };

        private string Wrap(string code, string text) => UseColor ? $"\u001b[{code}m{text}\u001b[0m" : text;
    }
}
