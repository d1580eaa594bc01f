namespace Credence.LaborMarket;

/// <summary>The outcome of an import: the rows taken and every problem found; with any problem nothing was written.</summary>
/// <param name="Kind">What was imported.</param>
/// <param name="File">The file imported.</param>
/// <param name="Rows">The number of rows read into the dataset.</param>
/// <param name="Problems">Every problem found, by file and line.</param>
/// <param name="DatasetPath">The dataset file now current, when the import succeeded.</param>
/// <param name="Vintage">The vintage recorded for the imported section.</param>
public sealed record ImportReport(LaborMarketImportKind Kind, string File, int Rows, IReadOnlyList<ImportProblem> Problems, string? DatasetPath, string? Vintage)
{
    /// <summary>True when the file was valid and the new dataset replaced the current one.</summary>
    public bool Succeeded => Problems.Count == 0 && DatasetPath is not null;
}
