using System.Globalization;
using System.Numerics;
using Credence.JsonLd.Flattening;
using Credence.JsonLd.Iri;
using Credence.JsonLd.Json;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.ToRdf;

/// <summary>JSON-LD 1.1 API §8.2 Object to RDF Conversion.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#object-to-rdf-conversion"/>
internal sealed class ObjectToRdfConversion
{
    private readonly BlankNodeIdentifierGenerator _generator;
    private readonly JsonLdRdfDirection _rdfDirection;
    private readonly bool _javaScriptCompatible;

    public ObjectToRdfConversion(BlankNodeIdentifierGenerator generator, JsonLdRdfDirection rdfDirection, bool javaScriptCompatible = false)
    {
        _generator = generator;
        _rdfDirection = rdfDirection;
        _javaScriptCompatible = javaScriptCompatible;
    }

    public BlankNodeIdentifierGenerator Generator => _generator;

    public RdfTerm? Convert(object? item, List<(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object)> listTriples)
    {
        if (item is not Dictionary<string, object?> map)
        {
            return null;
        }

        // 1.–2. A node object (or reference) is its identifier, if well-formed.
        if (!map.TryGetValue(Keywords.Value, out var value))
        {
            if (map.TryGetValue(Keywords.List, out var list))
            {
                // 3. A list object.
                return ListToRdfConversion.Convert(this, (List<object?>)list!, listTriples);
            }

            return map.TryGetValue(Keywords.Id, out var id) && id is string iri && IriSyntax.IsWellFormedIriOrBlankNode(iri)
                ? DeserializeJsonLdToRdf.Resource(iri)
                : null;
        }

        // 5. The datatype, if any.
        map.TryGetValue(Keywords.Type, out var typeValue);
        var datatype = typeValue as string;

        // 6. A datatype that is not a well-formed IRI makes no literal.
        if (datatype is not null && !string.Equals(datatype, Keywords.Json, StringComparison.Ordinal) && !IriSyntax.IsWellFormedIri(datatype))
        {
            return null;
        }

        // 7. A language tag that is not well-formed makes no literal.
        map.TryGetValue(Keywords.Language, out var languageValue);
        var language = languageValue as string;
        if (language is not null && !IriSyntax.IsWellFormedLanguageTag(language))
        {
            return null;
        }

        if (_javaScriptCompatible)
        {
            // Note: jsonld.js lower-cases language tags and reads every JSON number as a double.
            language = language?.ToLowerInvariant();
            value = value is BigInteger big ? (double)big : value;
        }

        string lexicalForm;
        if (string.Equals(datatype, Keywords.Json, StringComparison.Ordinal))
        {
            // 8. A JSON literal: the canonical JSON (RFC 8785) with datatype rdf:JSON.
            lexicalForm = JsonCanonicalization.Serialize(value);
            datatype = RdfVocabulary.Json;
        }
        else if (value is bool boolean)
        {
            // 9.
            lexicalForm = boolean ? "true" : "false";
            datatype ??= RdfVocabulary.XsdBoolean;
        }
        else if (value is double number && (IsDouble(number) || string.Equals(datatype, RdfVocabulary.XsdDouble, StringComparison.Ordinal)))
        {
            // 10. A double in canonical form.
            lexicalForm = CanonicalDouble(number);
            datatype ??= RdfVocabulary.XsdDouble;
        }
        else if (value is BigInteger exact)
        {
            // 10.–11. An exact integer below 10^21: a double only if typed so, otherwise its digits.
            var isDouble = string.Equals(datatype, RdfVocabulary.XsdDouble, StringComparison.Ordinal);
            lexicalForm = isDouble ? CanonicalDouble((double)exact) : exact.ToString(CultureInfo.InvariantCulture);
            datatype ??= RdfVocabulary.XsdInteger;
        }
        else if (value is double integer)
        {
            // 11. An integer in canonical form.
            // Note: in JavaScript-compatible mode a number below 1e-6 without a point in its string form is rounded to an
            // integer as Number.prototype.toFixed(0) does ("0", or "-0" for a negative one).
            lexicalForm = integer % 1 == 0 ? CanonicalInteger(integer) : (integer < 0 ? "-" : string.Empty) + "0";
            datatype ??= RdfVocabulary.XsdInteger;
        }
        else
        {
            // 12.
            lexicalForm = value as string ?? string.Empty;
            datatype ??= language is null ? RdfTerm.XsdString : RdfTerm.LangString;
        }

        // 13. A base direction, represented as rdfDirection says.
        if (map.TryGetValue(Keywords.Direction, out var directionValue) && directionValue is string direction && _rdfDirection != JsonLdRdfDirection.None)
        {
            var lowerLanguage = language?.ToLowerInvariant() ?? string.Empty;
            if (_rdfDirection == JsonLdRdfDirection.I18nDatatype)
            {
                // 13.2
                return RdfTerm.Literal(lexicalForm, RdfVocabulary.I18n + lowerLanguage + "_" + direction);
            }

            // 13.3 A compound literal.
            var literal = DeserializeJsonLdToRdf.Resource(_generator.Generate());
            listTriples.Add((literal, RdfTerm.Iri(RdfVocabulary.Value), RdfTerm.Literal(lexicalForm)));
            if (language is not null)
            {
                listTriples.Add((literal, RdfTerm.Iri(RdfVocabulary.Language), RdfTerm.Literal(lowerLanguage)));
            }

            listTriples.Add((literal, RdfTerm.Iri(RdfVocabulary.Direction), RdfTerm.Literal(direction)));
            return literal;
        }

        // 14.
        return language is not null
            ? RdfTerm.Literal(lexicalForm, language: language)
            : RdfTerm.Literal(lexicalForm, datatype);
    }

    // 10. The spec: a fraction, or at least 10^21. jsonld.js: its JavaScript string form has a point, or at least 10^21.
    private bool IsDouble(double number) =>
        _javaScriptCompatible
            ? JsNumber.Format(number).Contains('.', StringComparison.Ordinal) || Math.Abs(number) >= 1e21
            : number % 1 != 0 || Math.Abs(number) >= 1e21;

    /// <summary>The canonical xsd:double form: one digit, a point, at least one fraction digit, <c>E</c>, the exponent (<c>5.3E0</c>).</summary>
    public static string CanonicalDouble(double value)
    {
        var text = value.ToString("E15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text.AsSpan(0, e).TrimEnd('0');
        if (mantissa[^1] == '.')
        {
            mantissa = text.AsSpan(0, mantissa.Length + 1);
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return string.Concat(mantissa, "E", exponent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The canonical xsd:integer form of an integral double.</summary>
    public static string CanonicalInteger(double value) =>
        Math.Abs(value) < 9007199254740992d
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : new BigInteger(value).ToString(CultureInfo.InvariantCulture);
}
