using Credence.Cli.Reports;

namespace Credence.Cli.Tests.Reports;

public sealed class MarkdownReportTests
{
    [Fact]
    public void Markdown_report_escapes_pipes_so_tables_keep_their_columns()
    {
        var markdown = MarkdownReport.Write([TestScorecards.Microcredential()]);

        var row = markdown.Split('\n').Single(l => l.Contains("mvf.access.affordable", StringComparison.Ordinal));
        Assert.Contains("Affordable \\| low cost", row, StringComparison.Ordinal);
        Assert.Equal(5, row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|'));
    }

    [Fact]
    public void Markdown_report_has_a_heading_per_subject_and_per_framework()
    {
        var markdown = MarkdownReport.Write(TestScorecards.All());

        Assert.Contains("\n## IT Help Desk Fundamentals\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## IT Support Technician Pathway\n", markdown, StringComparison.Ordinal);
        Assert.Equal(3, markdown.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markdown_report_neutralises_html_in_design_text()
    {
        var markdown = MarkdownReport.Write([TestScorecards.Pathway()]);

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_report_puts_the_score_date_and_data_vintage_on_one_line()
    {
        var markdown = MarkdownReport.Write([TestScorecards.Microcredential()]);

        Assert.Contains("\n**Overall score: 63 / 100** · as of 2026-11-28 · labor-market data: OEWS May 2024; O*NET 29.2\n", markdown, StringComparison.Ordinal);
    }
}
