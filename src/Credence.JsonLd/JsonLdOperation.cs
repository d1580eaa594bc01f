using Credence.JsonLd.Documents;

namespace Credence.JsonLd;

/// <summary>The state of one processing run: options, document resolution, safe mode and cancellation.</summary>
internal sealed class JsonLdOperation
{
    public JsonLdOperation(JsonLdOptions options, CancellationToken cancellationToken)
    {
        Options = options;
        CancellationToken = cancellationToken;
        Documents = new DocumentResolver(options.DocumentLoader, options.MaxJsonDepth, cancellationToken);
    }

    public JsonLdOptions Options { get; }

    public DocumentResolver Documents { get; }

    public CancellationToken CancellationToken { get; }

    public bool SafeMode => Options.SafeMode;

    public bool ProcessingMode10 => Options.ProcessingMode == JsonLdProcessingMode.JsonLd10;

    /// <summary>Safe mode turns a lossy, silently dropping case into an error with our own code.</summary>
    public void Lossy(string code, string message)
    {
        if (Options.SafeMode)
        {
            throw new JsonLdException(code, message);
        }
    }
}
