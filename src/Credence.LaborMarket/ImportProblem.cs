namespace Credence.LaborMarket;

/// <summary>A problem found in an imported file, located by file, line and column.</summary>
/// <param name="Code">A stable code from <see cref="LaborMarketCodes"/>.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="File">The file (or archive entry) the problem is in.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">The column name, where one is concerned.</param>
public sealed record ImportProblem(string Code, string Message, string File, int Line, string? Column = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line > 0 ? $"{Code}: {File}:{Line}{(Column is null ? "" : $" [{Column}]")}: {Message}" : $"{Code}: {File}: {Message}";
}
