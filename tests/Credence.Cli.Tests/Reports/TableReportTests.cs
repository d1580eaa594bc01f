using Credence.Cli.Reports;

namespace Credence.Cli.Tests.Reports;

public sealed class TableReportTests
{
    [Fact]
    public void Table_report_has_no_colour_codes_when_colour_is_off()
    {
        var text = TableReport.Write(TestScorecards.All(), useColor: false);

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Table_report_colours_statuses_when_colour_is_on()
    {
        var text = TableReport.Write(TestScorecards.All(), useColor: true);

        Assert.Contains("\u001b[31m✘ not met", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[32m✔ met", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_report_lists_every_criterion_with_status_words_and_principle_bars()
    {
        var card = TestScorecards.Microcredential();

        var text = TableReport.Write([card], useColor: false);

        Assert.All(card.Criteria, c => Assert.Contains($"({c.CriterionId}", text, StringComparison.Ordinal));
        Assert.Contains("(mvf.quality.review-current · scoring.below-threshold)", text, StringComparison.Ordinal);
        Assert.Contains("? not enough information", text, StringComparison.Ordinal);
        Assert.Contains("◐ partly met", text, StringComparison.Ordinal);
        Assert.Contains("Overall score   63 / 100", text, StringComparison.Ordinal);
        Assert.Contains("███████████████░░░░░  75", text, StringComparison.Ordinal);
        Assert.Contains("evidence: cost.fees = 160", text, StringComparison.Ordinal);
        Assert.Contains("→ Have a subject-matter expert review the design.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep an open-access route.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_report_ends_with_a_summary_of_every_subject_by_framework()
    {
        var text = TableReport.Write(TestScorecards.All(), useColor: false);

        var summary = text[text.IndexOf("Summary:", StringComparison.Ordinal)..];
        Assert.Contains("1 microcredential and 1 pathway, 3 scorecards", summary, StringComparison.Ordinal);
        var helpDesk = summary.Split('\n').Single(l => l.Contains("IT Help Desk Fundamentals", StringComparison.Ordinal));
        Assert.Equal(["63", "63", "–"], helpDesk.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^3..]);
    }
}
