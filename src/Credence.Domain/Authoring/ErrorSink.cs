namespace Credence.Domain.Authoring;

/// <summary>Collects the errors of one file, stamping each with the file's path, up to a limit per file.</summary>
internal sealed class ErrorSink(string path, List<AuthoringError> errors)
{
    /// <summary>The most errors listed for one file; a file with more is hostile or not an authoring file.</summary>
    public const int MaxErrors = 500;

    public string Path { get; } = path;

    /// <summary>How many errors this file has so far.</summary>
    public int Count { get; private set; }

    public void Add(string code, string message, SourcePosition position, string? field)
    {
        Count++;
        if (Count < MaxErrors)
        {
            errors.Add(new AuthoringError(code, message, Path, position.Line, position.Column, field));
        }
        else if (Count == MaxErrors)
        {
            errors.Add(new AuthoringError(AuthoringCodes.TooManyErrors, $"The file has at least {MaxErrors} problems; the rest are not listed.", Path, position.Line, position.Column, null));
        }
    }
}
