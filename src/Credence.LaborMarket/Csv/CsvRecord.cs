namespace Credence.LaborMarket.Csv;

/// <summary>One record of a delimited file with the line it starts on.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Fields">The record's fields, unquoted.</param>
/// <param name="UnterminatedQuote">True when the file ended inside a quoted field (a truncated file).</param>
internal sealed record CsvRecord(int Line, string[] Fields, bool UnterminatedQuote = false);
