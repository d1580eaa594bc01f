namespace Credence.Cli.Reports;

/// <summary>The output formats of <c>credence evaluate</c>.</summary>
internal enum ReportFormat
{
    /// <summary>A readable terminal report.</summary>
    Table,

    /// <summary>The stable machine format (docs/scorecard-json.md).</summary>
    Json,

    /// <summary>Markdown, for wikis and pull requests.</summary>
    Markdown,

    /// <summary>A self-contained HTML page with radar charts.</summary>
    Html,
}
