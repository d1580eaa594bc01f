namespace Credence.JsonLd.Context;

/// <summary>The active context (JSON-LD 1.1 API §4.1): term definitions, base IRI, vocabulary mapping, defaults.</summary>
/// <remarks>Once returned by the Context Processing Algorithm an instance is never changed, so it can be cached and shared.</remarks>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#dfn-active-context"/>
internal sealed class ActiveContext
{
    public ActiveContext(string? baseIri, string? originalBaseUrl, bool processingMode10)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = originalBaseUrl;
        ProcessingMode10 = processingMode10;
        TermDefinitions = new Dictionary<string, TermDefinition>(StringComparer.Ordinal);
    }

    private ActiveContext(ActiveContext other)
    {
        BaseIri = other.BaseIri;
        OriginalBaseUrl = other.OriginalBaseUrl;
        ProcessingMode10 = other.ProcessingMode10;
        VocabularyMapping = other.VocabularyMapping;
        DefaultLanguage = other.DefaultLanguage;
        DefaultBaseDirection = other.DefaultBaseDirection;
        PreviousContext = other.PreviousContext;
        TermDefinitions = new Dictionary<string, TermDefinition>(other.TermDefinitions, StringComparer.Ordinal);
    }

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; }

    public bool ProcessingMode10 { get; }

    public string? VocabularyMapping { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultBaseDirection { get; set; }

    public ActiveContext? PreviousContext { get; set; }

    public Dictionary<string, TermDefinition> TermDefinitions { get; }

    public ActiveContext Clone() => new(this);

    public TermDefinition? Term(string term) => TermDefinitions.GetValueOrDefault(term);

    public bool HasProtectedTerms()
    {
        foreach (var definition in TermDefinitions.Values)
        {
            if (definition.Protected)
            {
                return true;
            }
        }

        return false;
    }
}
