namespace Credence.Persistence.Issuing.Bulk;

/// <summary>One CSV record: its row number (the header is row 1) and its fields.</summary>
internal sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);
