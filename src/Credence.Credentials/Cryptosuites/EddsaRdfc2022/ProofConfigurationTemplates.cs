using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Credence.Credentials.DataIntegrity;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>
/// Canonical proof configurations that differ only in <c>created</c>, worked out once per document context and proof members.
/// A proof configuration is one blank node with one value per property, so its canonical N-Quads are the same lines for
/// every <c>created</c> date: the date is an <c>xsd:dateTime</c> literal whose expansion does not depend on its text, and
/// the lines sort by their distinct predicates before the date is reached. The template is computed with the full
/// algorithm and a placeholder date, and used only when the result shows exactly that shape; anything else takes the full
/// algorithm every time.
/// </summary>
internal static partial class ProofConfigurationTemplates
{
    private const int MaxTemplates = 256;
    private const int MaxKeyLength = 8192;
    private const string Placeholder = "1999-12-31T23:59:58.987654321Z";
    private const string DateTimeSuffix = "\"^^<http://www.w3.org/2001/XMLSchema#dateTime>";

    private static readonly ConcurrentDictionary<string, Template?> _templates = new(StringComparer.Ordinal);

    /// <summary>The canonical proof configuration from a template, or null when this proof must take the full algorithm.</summary>
    public static async ValueTask<string?> TryCanonicalizeAsync(JsonElement proof, JsonElement documentContext, IDocumentLoader loader, RdfcSortOrder sortOrder, CancellationToken cancellationToken)
    {
        if (!TryReadKey(proof, documentContext, sortOrder, out var key, out var created))
        {
            return null;
        }

        if (!_templates.TryGetValue(key, out var template))
        {
            template = await BuildAsync(proof, documentContext, loader, sortOrder, created is not null, cancellationToken).ConfigureAwait(false);
            if (_templates.Count < MaxTemplates)
            {
                _templates.TryAdd(key, template);
            }
        }

        return template?.Fill(created);
    }

    // The key is every member the proof configuration is built from except created, and the document's @context as written.
    private static bool TryReadKey(JsonElement proof, JsonElement documentContext, RdfcSortOrder sortOrder, out string key, out string? created)
    {
        key = string.Empty;
        created = null;
        if (proof.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        string? type = null, verificationMethod = null, cryptosuite = null, proofPurpose = null;
        foreach (var member in proof.EnumerateObject())
        {
            if (member.Name is "proofValue" or "@context")
            {
                continue;
            }

            if (member.Value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var value = member.Value.GetString()!; // A JSON string always has a value.
            var fresh = member.Name switch
            {
                "type" => Set(ref type, value),
                "verificationMethod" => Set(ref verificationMethod, value),
                "cryptosuite" => Set(ref cryptosuite, value),
                "proofPurpose" => Set(ref proofPurpose, value),
                "created" => Set(ref created, value),
                _ => false,
            };
            if (!fresh)
            {
                return false;
            }
        }

        if (type is null || verificationMethod is null || cryptosuite is null || proofPurpose is null || (created is not null && !XsdDateTimePattern().IsMatch(created)))
        {
            return false;
        }

        var context = documentContext.GetRawText();
        var builder = new StringBuilder(context.Length + verificationMethod.Length + 96);
        builder.Append((int)sortOrder).Append(created is null ? "|-|" : "|c|");
        foreach (var part in (ReadOnlySpan<string>)[type, verificationMethod, cryptosuite, proofPurpose, context])
        {
            builder.Append(part.Length).Append(':').Append(part);
        }

        key = builder.ToString();
        return key.Length <= MaxKeyLength;

        static bool Set(ref string? slot, string value)
        {
            if (slot is not null)
            {
                return false;
            }

            slot = value;
            return true;
        }
    }

    private static async Task<Template?> BuildAsync(JsonElement proof, JsonElement documentContext, IDocumentLoader loader, RdfcSortOrder sortOrder, bool hasCreated, CancellationToken cancellationToken)
    {
        using var placeholderProof = WithPlaceholder(proof);
        var canonical = await Transformation.TransformAsync(ProofDocuments.ProofConfig(placeholderProof.RootElement, documentContext), loader, sortOrder, cancellationToken).ConfigureAwait(false);
        if (!HasOneNodeShape(canonical))
        {
            return null;
        }

        if (!hasCreated)
        {
            return new Template(canonical, null);
        }

        var literal = "\"" + Placeholder + DateTimeSuffix;
        var at = canonical.IndexOf(literal, StringComparison.Ordinal);
        if (at < 0 || canonical.IndexOf(Placeholder, StringComparison.Ordinal) != at + 1 || canonical.IndexOf(Placeholder, at + 1 + Placeholder.Length, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return new Template(canonical[..(at + 1)], canonical[(at + 1 + Placeholder.Length)..]);
    }

    // Every line is about the one blank node _:c14n0, with a predicate no other line has, and mentions no other blank node.
    private static bool HasOneNodeShape(string canonical)
    {
        const string subject = "_:c14n0 <";
        var predicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in canonical.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var end = line.IndexOf('>', subject.Length);
            if (!line.StartsWith(subject, StringComparison.Ordinal) || end < 0 || line.IndexOf("_:", 1, StringComparison.Ordinal) >= 0 || !predicates.Add(line[subject.Length..end]))
            {
                return false;
            }
        }

        return predicates.Count > 0;
    }

    private static JsonDocument WithPlaceholder(JsonElement proof)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in proof.EnumerateObject())
            {
                if (member.Name == "created")
                {
                    writer.WriteString("created", Placeholder);
                }
                else
                {
                    member.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    // ASCII digits only, no characters N-Quads would escape.
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex XsdDateTimePattern();

    /// <summary>The canonical text before the date, and after it (null when the proof has no <c>created</c>).</summary>
    private sealed record Template(string Prefix, string? Suffix)
    {
        public string Fill(string? created) => Suffix is null ? Prefix : string.Concat(Prefix, created, Suffix);
    }
}
