using System.Text.RegularExpressions;
using Credence.Cli.Reports;
using Credence.Domain.Evaluation;

namespace Credence.Cli.Tests.Reports;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void Html_report_loads_nothing_from_elsewhere_and_runs_no_scripts()
    {
        var html = HtmlReport.Write(TestScorecards.All(), "Scorecards");

        var references = Reference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, url => Assert.StartsWith("#", url, StringComparison.Ordinal));
        Assert.DoesNotMatch(ScriptOrExternalStyle(), html);
    }

    [Fact]
    public void Html_report_draws_a_radar_chart_for_every_scorecard()
    {
        var scorecards = TestScorecards.All();

        var html = HtmlReport.Write(scorecards, "Scorecards");

        Assert.Equal(scorecards.Count, Regex.Count(html, "<svg class=\"radar\""));
    }

    [Fact]
    public void Html_report_puts_the_summary_before_the_details_and_links_to_each_subject()
    {
        var html = HtmlReport.Write(TestScorecards.All(), "Scorecards");

        var summary = html.IndexOf("id=\"summary-heading\"", StringComparison.Ordinal);
        var firstSubject = html.IndexOf("<section class=\"subject\"", StringComparison.Ordinal);
        Assert.InRange(summary, 0, firstSubject);
        Assert.Contains("href=\"#subject-srcc-it-help-desk-fundamentals\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"subject-srcc-it-help-desk-fundamentals\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_links_subjects_to_their_own_pages_when_asked()
    {
        var html = HtmlReport.Write(TestScorecards.All(), "Scorecards", id => id + ".html");

        Assert.Contains("href=\"srcc-it-support-pathway.html#subject-srcc-it-support-pathway\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section class=\"subject\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_is_accessible_with_headings_table_headers_and_status_words()
    {
        var scorecards = TestScorecards.All();

        var html = HtmlReport.Write(scorecards, "Scorecards");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1>"));
        Assert.Equal(2, Regex.Count(html, "<section class=\"subject\""));
        Assert.Equal(scorecards.Count, Regex.Count(html, "<h3 "));
        Assert.Contains("<th scope=\"col\">Status</th>", html, StringComparison.Ordinal);
        foreach (var status in Enum.GetValues<CriterionStatus>())
        {
            Assert.Contains($"</span> {ReportText.Status(status)}</span>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_report_shows_evidence_and_recommendations_only_for_unmet_criteria()
    {
        var html = HtmlReport.Write([TestScorecards.Microcredential()], "Scorecards");

        Assert.Contains("<code>qualityReviews[0].date</code> = 2024-03-18", html, StringComparison.Ordinal);
        Assert.Contains("(OEWS May 2024)", html, StringComparison.Ordinal);
        Assert.Contains("Have a subject-matter expert review the design.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep an open-access route.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_escapes_text_from_the_designs()
    {
        var html = HtmlReport.Write([TestScorecards.Pathway()], "<b>Scorecards</b>");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;b&gt;Scorecards&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_carries_the_data_attribution_when_labor_market_data_was_used()
    {
        var withData = HtmlReport.Write([TestScorecards.Microcredential()], "Scorecards");
        var withoutData = HtmlReport.Write([TestScorecards.Pathway()], "Scorecards");

        Assert.Contains("CC BY 4.0", withData, StringComparison.Ordinal);
        Assert.DoesNotContain("CC BY 4.0", withoutData, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_groups_criteria_rows_by_principle_and_is_well_formed()
    {
        var html = HtmlReport.Write([TestScorecards.Microcredential()], "Scorecards");

        var table = html[html.IndexOf("<table class=\"criteria\">", StringComparison.Ordinal)..];
        table = table[..(table.IndexOf("</table>", StringComparison.Ordinal) + "</table>".Length)];
        var parsed = System.Xml.Linq.XElement.Parse(table.Replace("<br>", "<br/>", StringComparison.Ordinal));
        var groups = parsed.Elements("tbody").ToList();
        Assert.Equal(["Access", "Quality", "Relevance"], groups.Select(g => g.Element("tr")!.Element("th")!.Value));
        Assert.Equal([2, 2, 1], groups.Select(g => g.Elements("tr").Count() - 1));
    }

    [GeneratedRegex("""(?:src|href|action|poster|data)\s*=\s*["'](?<url>[^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex("""<script|<link|<iframe|<object|@import|url\(|https?://(?!www\.w3\.org/2000/svg")""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrExternalStyle();
}
