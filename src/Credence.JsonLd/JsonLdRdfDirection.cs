namespace Credence.JsonLd;

/// <summary>How base direction (<c>@direction</c>) is represented in RDF.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#dom-jsonldoptions-rdfdirection"/>
public enum JsonLdRdfDirection
{
    /// <summary>Direction is dropped; the literal keeps its language tag.</summary>
    None,

    /// <summary>Literals get a datatype <c>https://www.w3.org/ns/i18n#{language}_{direction}</c>.</summary>
    I18nDatatype,

    /// <summary>Literals become blank nodes with <c>rdf:value</c>, <c>rdf:language</c> and <c>rdf:direction</c>.</summary>
    CompoundLiteral,
}
