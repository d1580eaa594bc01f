using Credence.Cli.Reports;

namespace Credence.Cli.Commands;

/// <summary>The parsed options of <c>credence evaluate</c>.</summary>
internal sealed record EvaluateOptions
{
    public required IReadOnlyList<string> Paths { get; init; }

    public IReadOnlyList<string> Frameworks { get; init; } = [];

    public ReportFormat Format { get; init; } = ReportFormat.Table;

    public string? Out { get; init; }

    public IReadOnlyList<string> Includes { get; init; } = [];

    public DateOnly? AsOf { get; init; }

    public IReadOnlyList<string> FrameworkOverrides { get; init; } = [];

    public double? FailUnder { get; init; }

    public bool NoLaborMarket { get; init; }
}
