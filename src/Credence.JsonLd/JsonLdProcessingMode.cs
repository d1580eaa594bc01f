namespace Credence.JsonLd;

/// <summary>The JSON-LD processing mode.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#dom-jsonldoptions-processingmode"/>
public enum JsonLdProcessingMode
{
    /// <summary>JSON-LD 1.1 (<c>json-ld-1.1</c>), the default.</summary>
    JsonLd11,

    /// <summary>JSON-LD 1.0 (<c>json-ld-1.0</c>): 1.1 features are errors or ignored as the spec says.</summary>
    JsonLd10,
}
