using System.Globalization;
using System.Text;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Pathways;

namespace Credence.Cli.Reports;

/// <summary>The words and numbers every report format shows the same way.</summary>
internal static class ReportText
{
    /// <summary>A score from 0 to 100 as a whole number, or "n/a" when nothing could be decided.</summary>
    public static string Score(double? score) =>
        score is { } value ? Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A weight without trailing zeros.</summary>
    public static string Weight(double weight) => weight.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The status as words, so colour is never the only signal.</summary>
    public static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.PartlyMet => "partly met",
        CriterionStatus.NotMet => "not met",
        CriterionStatus.NotEnoughInformation => "not enough information",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>A one-character mark for the status, shown beside its words.</summary>
    public static string StatusMark(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "✔",
        CriterionStatus.PartlyMet => "◐",
        CriterionStatus.NotMet => "✘",
        CriterionStatus.NotEnoughInformation => "?",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The kebab-case name of the status, as in the JSON format and CSS classes.</summary>
    public static string StatusId(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.PartlyMet => "partly-met",
        CriterionStatus.NotMet => "not-met",
        CriterionStatus.NotEnoughInformation => "not-enough-information",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>"microcredential" or "pathway".</summary>
    public static string Kind(SubjectKind kind) => kind switch
    {
        SubjectKind.Microcredential => "microcredential",
        SubjectKind.Pathway => "pathway",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The framework as "Title (id version)".</summary>
    public static string Framework(Scorecard scorecard) =>
        $"{scorecard.FrameworkTitle} ({scorecard.FrameworkId} {scorecard.FrameworkVersion})";

    /// <summary>The evaluation date as YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Evidence as "field = value (source)".</summary>
    public static string Evidence(Evidence evidence) =>
        evidence.Source is null ? $"{evidence.Field} = {evidence.Value}" : $"{evidence.Field} = {evidence.Value} ({evidence.Source})";

    /// <summary>Counts of a scorecard's criteria by status, in status order.</summary>
    public static (int Met, int PartlyMet, int NotMet, int NotEnoughInformation) Counts(Scorecard scorecard)
    {
        int met = 0, partly = 0, notMet = 0, unknown = 0;
        foreach (var criterion in scorecard.Criteria)
        {
            switch (criterion.Status)
            {
                case CriterionStatus.Met: met++; break;
                case CriterionStatus.PartlyMet: partly++; break;
                case CriterionStatus.NotMet: notMet++; break;
                default: unknown++; break;
            }
        }

        return (met, partly, notMet, unknown);
    }

    /// <summary>Scorecards grouped by subject, keeping the order in which subjects first appear.</summary>
    public static IReadOnlyList<IReadOnlyList<Scorecard>> BySubject(IReadOnlyList<Scorecard> scorecards) =>
        scorecards
            .GroupBy(s => (s.SubjectKind, s.SubjectId))
            .Select(g => (IReadOnlyList<Scorecard>)g.ToList())
            .ToList();

    /// <summary>"1 scorecard", "3 scorecards".</summary>
    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>"13 microcredentials and 4 pathways", leaving out a kind there is none of.</summary>
    public static string SubjectCounts(IReadOnlyList<IReadOnlyList<Scorecard>> subjects)
    {
        var microcredentials = subjects.Count(s => s[0].SubjectKind == SubjectKind.Microcredential);
        var pathways = subjects.Count - microcredentials;
        return (microcredentials, pathways) switch
        {
            (_, 0) => Plural(microcredentials, "microcredential"),
            (0, _) => Plural(pathways, "pathway"),
            _ => $"{Plural(microcredentials, "microcredential")} and {Plural(pathways, "pathway")}",
        };
    }

    /// <summary>The attribution the labor-market and skills data require wherever their figures are shown.</summary>
    public const string DataAttribution =
        "Occupation and skill data: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training " +
        "Administration (USDOL/ETA), used under the CC BY 4.0 license (O*NET® is a trademark of USDOL/ETA; Credence " +
        "has modified some of this information, and USDOL/ETA has not approved, endorsed or tested the modifications); " +
        "ESCO classification of the European Commission; wages from the U.S. Bureau of Labor Statistics OEWS.";

    /// <summary>An annual wage in US dollars ("$45,230"), with "+" when the source caps it; "n/a" when unknown.</summary>
    public static string Money(decimal? amount, bool topCoded = false) =>
        amount is { } value ? string.Create(CultureInfo.InvariantCulture, $"${value:#,0}{(topCoded ? "+" : string.Empty)}") : "n/a";

    /// <summary>A projected employment change as a signed percentage ("+5.1%"); "n/a" when unknown.</summary>
    public static string Outlook(decimal? percent) =>
        percent is { } value ? value.ToString("+0.0'%';-0.0'%';0.0'%'", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>Whether a wage clears the threshold as "yes", "no" or "n/a".</summary>
    public static string Clears(bool? clears) => clears switch
    {
        true => "yes",
        false => "no",
        null => "n/a",
    };

    /// <summary>The label of an off-ramp point: the stage (or "Completion: pathway") with its exits.</summary>
    public static string OffRampLabel(OffRampPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var label = point.Kind == OffRampPointKind.Completion ? $"Completion: {point.Title}" : point.Title;
        return point.ExitTitles.Count == 0 ? label : $"{label} → exit: {string.Join("; ", point.ExitTitles)}";
    }

    /// <summary>The wage threshold of an off-ramp report's region as one line.</summary>
    public static string Threshold(OffRampReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Threshold is { } threshold
            ? $"wage threshold for {report.Region}: {Money(threshold.AnnualAmount)} a year ({threshold.Label})"
            : $"no wage threshold known for {report.Region}";
    }

    /// <summary>Every source behind an off-ramp report's figures, each once.</summary>
    public static IReadOnlyList<string> Sources(OffRampReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Points.SelectMany(p => p.Occupations).SelectMany(o => o.Sources)
            .Concat(report.Threshold is { } threshold ? [threshold.Source] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The off-ramp report of a subject, when it is a pathway that has one.</summary>
    public static OffRampReport? OffRampsOf(IReadOnlyList<OffRampReport> offRamps, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(offRamps);
        ArgumentNullException.ThrowIfNull(scorecard);
        return scorecard.SubjectKind == SubjectKind.Pathway ? offRamps.FirstOrDefault(r => r.PathwayId == scorecard.SubjectId) : null;
    }

    /// <summary>Breaks text into lines of at most <paramref name="width"/> characters at spaces and line breaks (a longer word stands alone).</summary>
    public static List<string> WrapWords(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
