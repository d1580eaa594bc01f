namespace Credence.JsonLd;

/// <summary>The JSON-LD 1.1 API error codes (verbatim from the spec) and Credence's own JSON-LD codes.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#jsonlderrorcode"/>
public static class JsonLdErrorCodes
{
    /// <summary>Two properties of one object expand to the same keyword.</summary>
    public const string CollidingKeywords = "colliding keywords";

    /// <summary>One node has two different @index values.</summary>
    public const string ConflictingIndexes = "conflicting indexes";

    /// <summary>Too many nested remote contexts (or a context that includes itself).</summary>
    public const string ContextOverflow = "context overflow";

    /// <summary>A term definition depends on itself.</summary>
    public const string CyclicIriMapping = "cyclic IRI mapping";

    /// <summary>An @id value is not a string.</summary>
    public const string InvalidIdValue = "invalid @id value";

    /// <summary>An @import value is not a string.</summary>
    public const string InvalidImportValue = "invalid @import value";

    /// <summary>An @included value is not a node object or an array of them.</summary>
    public const string InvalidIncludedValue = "invalid @included value";

    /// <summary>An @index value is not a string.</summary>
    public const string InvalidIndexValue = "invalid @index value";

    /// <summary>An @nest value is not a string, or a nested value is not a node object.</summary>
    public const string InvalidNestValue = "invalid @nest value";

    /// <summary>An @prefix value is not a boolean.</summary>
    public const string InvalidPrefixValue = "invalid @prefix value";

    /// <summary>An @propagate value is not a boolean.</summary>
    public const string InvalidPropagateValue = "invalid @propagate value";

    /// <summary>An @protected value is not a boolean.</summary>
    public const string InvalidProtectedValue = "invalid @protected value";

    /// <summary>An @reverse value is not an object.</summary>
    public const string InvalidReverseValue = "invalid @reverse value";

    /// <summary>An @version value is not the number 1.1.</summary>
    public const string InvalidVersionValue = "invalid @version value";

    /// <summary>A direction is not ltr, rtl or null.</summary>
    public const string InvalidBaseDirection = "invalid base direction";

    /// <summary>An @base value is neither an IRI nor a relative reference that can be resolved.</summary>
    public const string InvalidBaseIri = "invalid base IRI";

    /// <summary>An @container value is not an allowed container or combination.</summary>
    public const string InvalidContainerMapping = "invalid container mapping";

    /// <summary>A context entry is not allowed in the processing mode.</summary>
    public const string InvalidContextEntry = "invalid context entry";

    /// <summary>A context with protected terms is set to null.</summary>
    public const string InvalidContextNullification = "invalid context nullification";

    /// <summary>An @language value in a context is not a string or null.</summary>
    public const string InvalidDefaultLanguage = "invalid default language";

    /// <summary>A term maps to something that is not an IRI, blank node or keyword.</summary>
    public const string InvalidIriMapping = "invalid IRI mapping";

    /// <summary>A @json literal is not valid.</summary>
    public const string InvalidJsonLiteral = "invalid JSON literal";

    /// <summary>A term is an alias of @context.</summary>
    public const string InvalidKeywordAlias = "invalid keyword alias";

    /// <summary>A language map value is not a string.</summary>
    public const string InvalidLanguageMapValue = "invalid language map value";

    /// <summary>A term's @language is not a string or null.</summary>
    public const string InvalidLanguageMapping = "invalid language mapping";

    /// <summary>An @language value is not a string.</summary>
    public const string InvalidLanguageTaggedString = "invalid language-tagged string";

    /// <summary>A language-tagged value is not a string.</summary>
    public const string InvalidLanguageTaggedValue = "invalid language-tagged value";

    /// <summary>A local context is not an object, IRI or null.</summary>
    public const string InvalidLocalContext = "invalid local context";

    /// <summary>A remote context has no top-level @context object.</summary>
    public const string InvalidRemoteContext = "invalid remote context";

    /// <summary>A reverse property term has an invalid definition or use.</summary>
    public const string InvalidReverseProperty = "invalid reverse property";

    /// <summary>A reverse property map is used where it is not allowed.</summary>
    public const string InvalidReversePropertyMap = "invalid reverse property map";

    /// <summary>A reverse property value is a value or list object.</summary>
    public const string InvalidReversePropertyValue = "invalid reverse property value";

    /// <summary>A type- or property-scoped context cannot be processed.</summary>
    public const string InvalidScopedContext = "invalid scoped context";

    /// <summary>A script element is not valid JSON.</summary>
    public const string InvalidScriptElement = "invalid script element";

    /// <summary>An @set or @list object has extra entries.</summary>
    public const string InvalidSetOrListObject = "invalid set or list object";

    /// <summary>A term definition is not valid.</summary>
    public const string InvalidTermDefinition = "invalid term definition";

    /// <summary>A term's @type is not an IRI, @id, @vocab, @json or @none.</summary>
    public const string InvalidTypeMapping = "invalid type mapping";

    /// <summary>An @type value is not a string or array of strings.</summary>
    public const string InvalidTypeValue = "invalid type value";

    /// <summary>A typed value's @type is not an IRI.</summary>
    public const string InvalidTypedValue = "invalid typed value";

    /// <summary>A value object has entries that are not allowed.</summary>
    public const string InvalidValueObject = "invalid value object";

    /// <summary>An @value value is not a scalar or null.</summary>
    public const string InvalidValueObjectValue = "invalid value object value";

    /// <summary>An @vocab value is not an IRI, compact IRI, term or blank node identifier.</summary>
    public const string InvalidVocabMapping = "invalid vocab mapping";

    /// <summary>An absolute IRI is confused with a compact IRI.</summary>
    public const string IriConfusedWithPrefix = "IRI confused with prefix";

    /// <summary>A keyword is redefined as a term.</summary>
    public const string KeywordRedefinition = "keyword redefinition";

    /// <summary>A document could not be loaded or is not JSON.</summary>
    public const string LoadingDocumentFailed = "loading document failed";

    /// <summary>A remote context could not be loaded.</summary>
    public const string LoadingRemoteContextFailed = "loading remote context failed";

    /// <summary>A response has more than one context Link header.</summary>
    public const string MultipleContextLinkHeaders = "multiple context link headers";

    /// <summary>An @version 1.1 context is processed in json-ld-1.0 mode.</summary>
    public const string ProcessingModeConflict = "processing mode conflict";

    /// <summary>A protected term is redefined.</summary>
    public const string ProtectedTermRedefinition = "protected term redefinition";

    /// <summary>A remote context includes itself (JSON-LD 1.0 wording).</summary>
    public const string RecursiveContextInclusion = "recursive context inclusion";

    /// <summary>The input is not well-formed UTF-8 JSON.</summary>
    public const string InvalidJson = "jsonld.invalid-json";

    /// <summary>The input nests deeper than the configured limit.</summary>
    public const string MaxDepthExceeded = "jsonld.max-depth-exceeded";

    /// <summary>A number cannot be represented as an IEEE 754 double.</summary>
    public const string NumberOutOfRange = "jsonld.number-out-of-range";

    /// <summary>Safe mode: a property does not expand to an absolute IRI (no term definition, no @vocab) and would be dropped.</summary>
    public const string SafeModeDroppedProperty = "jsonld.safe.dropped-property";

    /// <summary>Safe mode: an @id, @type or IRI value stays relative and would be dropped from RDF.</summary>
    public const string SafeModeRelativeIri = "jsonld.safe.relative-iri";

    /// <summary>Safe mode: a term, @id or @type value has the form of a keyword that is not one and would be ignored.</summary>
    public const string SafeModeKeywordLike = "jsonld.safe.keyword-like";

    /// <summary>Safe mode: a free-floating value, list or node reference, an empty object or an object with only @language would be dropped.</summary>
    public const string SafeModeDroppedValue = "jsonld.safe.dropped-value";

    /// <summary>Safe mode: a language tag is not well-formed BCP 47 and would be dropped from RDF.</summary>
    public const string SafeModeInvalidLanguage = "jsonld.safe.invalid-language";
}
