namespace Credence.JsonLd.Documents;

/// <summary>
/// Raised inside the synchronous algorithms when a document load has not completed synchronously; the
/// asynchronous façade awaits <see cref="Load"/> and runs the algorithm again with the document available.
/// </summary>
internal sealed class DocumentPendingException : Exception
{
    public DocumentPendingException()
    {
        Url = string.Empty;
    }

    public DocumentPendingException(string message)
        : base(message)
    {
        Url = string.Empty;
    }

    public DocumentPendingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Url = string.Empty;
    }

    public DocumentPendingException(string url, ValueTask<RemoteDocument> load)
        : base($"Loading <{url}> has not completed yet.")
    {
        Url = url;
        Load = load;
    }

    public string Url { get; }

    public ValueTask<RemoteDocument> Load { get; }
}
