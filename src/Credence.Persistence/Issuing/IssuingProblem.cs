namespace Credence.Persistence.Issuing;

/// <summary>One problem with an issuing request or a CSV row: a stable <see cref="IssuingCodes"/> code, the field it concerns and a message.</summary>
/// <param name="Code">The <see cref="IssuingCodes"/> code.</param>
/// <param name="Field">The field or CSV column, when one is at fault.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Row">The CSV row number (1 = first data row; the header is row 0), when from a CSV file.</param>
public sealed record IssuingProblem(string Code, string? Field, string Message, int? Row = null);
