namespace Credence.JsonLd.ToRdf;

/// <summary>The RDF and XSD IRIs the conversion to RDF produces.</summary>
internal static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Type = Rdf + "type";
    public const string First = Rdf + "first";
    public const string Rest = Rdf + "rest";
    public const string Nil = Rdf + "nil";
    public const string Value = Rdf + "value";
    public const string Language = Rdf + "language";
    public const string Direction = Rdf + "direction";
    public const string Json = Rdf + "JSON";
    public const string XsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
    public const string XsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
    public const string XsdDouble = "http://www.w3.org/2001/XMLSchema#double";
    public const string I18n = "https://www.w3.org/ns/i18n#";
}
