using Credence.JsonLd.Json;

namespace Credence.JsonLd.Context;

/// <summary>A term definition (JSON-LD 1.1 API §4.1 "term definition"); built once by Create Term Definition, then only read.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#dfn-term-definition"/>
internal sealed class TermDefinition
{
    public string? IriMapping { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public bool Reverse { get; set; }

    public string? BaseUrl { get; set; }

    public bool HasLocalContext { get; set; }

    public object? LocalContext { get; set; }

    public ContainerMapping Container { get; set; }

    public bool HasContainer { get; set; }

    public bool HasDirectionMapping { get; set; }

    public string? DirectionMapping { get; set; }

    public string? IndexMapping { get; set; }

    public bool HasLanguageMapping { get; set; }

    public string? LanguageMapping { get; set; }

    public string? NestValue { get; set; }

    public string? TypeMapping { get; set; }

    /// <summary>Equality of everything but the protected flag (Create Term Definition step 27.1).</summary>
    public bool SameDefinitionAs(TermDefinition other) =>
        string.Equals(IriMapping, other.IriMapping, StringComparison.Ordinal)
        && Prefix == other.Prefix
        && Reverse == other.Reverse
        && HasLocalContext == other.HasLocalContext
        && (!HasLocalContext || JsonTree.DeepEquals(LocalContext, other.LocalContext))
        && Container == other.Container
        && HasDirectionMapping == other.HasDirectionMapping
        && string.Equals(DirectionMapping, other.DirectionMapping, StringComparison.Ordinal)
        && string.Equals(IndexMapping, other.IndexMapping, StringComparison.Ordinal)
        && HasLanguageMapping == other.HasLanguageMapping
        && string.Equals(LanguageMapping, other.LanguageMapping, StringComparison.Ordinal)
        && string.Equals(NestValue, other.NestValue, StringComparison.Ordinal)
        && string.Equals(TypeMapping, other.TypeMapping, StringComparison.Ordinal);
}
