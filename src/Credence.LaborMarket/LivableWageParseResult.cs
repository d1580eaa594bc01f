namespace Credence.LaborMarket;

/// <summary>The result of reading a livable-wage CSV: the table (empty when there were problems) and every problem, by line.</summary>
/// <param name="Table">The table read.</param>
/// <param name="Problems">Every problem found; with any problem the table is empty.</param>
public sealed record LivableWageParseResult(LivableWageTable Table, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>True when the file had no problems.</summary>
    public bool Succeeded => Problems.Count == 0;
}
