using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Authoring;

/// <summary>Loads microcredentials, pathways and proficiency scales from YAML authoring files ("credentials as code").</summary>
/// <remarks>
/// Pure: the caller reads the files and hands in their text. Every problem in every file is listed in one pass
/// with file, line, column, field and a stable code; malformed or hostile input gives errors, never an exception.
/// The format is described in docs/authoring.md.
/// </remarks>
public static class AuthoringLoader
{
    internal const string MicrocredentialKind = "microcredential";
    internal const string PathwayKind = "pathway";
    internal const string ScaleKind = "proficiency-scale";

    private static readonly Dictionary<string, Type> Kinds = new(StringComparer.Ordinal)
    {
        [MicrocredentialKind] = typeof(Microcredential),
        [PathwayKind] = typeof(Pathway),
        [ScaleKind] = typeof(ProficiencyScale),
    };

    /// <summary>Loads every document, checks references across them, and returns the records that loaded without errors.</summary>
    /// <param name="documents">The files' paths and texts.</param>
    /// <returns>The clean records, the scales (built-in and file-defined) and every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its entries is null.</exception>
    public static AuthoringResult Load(IEnumerable<SourceDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var errors = new List<AuthoringError>();
        var loaded = new List<LoadedDocument>();
        var fileOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var source in documents)
        {
            ArgumentNullException.ThrowIfNull(source);
            ArgumentNullException.ThrowIfNull(source.Path, nameof(documents));
            ArgumentNullException.ThrowIfNull(source.Text, nameof(documents));
            fileOrder.TryAdd(source.Path, index);
            if (LoadOne(source, errors) is { } document)
            {
                loaded.Add(document);
            }

            index++;
        }

        CrossReferences.Check(loaded);

        var cleanDocuments = loaded.Where(d => d.Errors.Count == 0).ToList();
        var clean = cleanDocuments.Select(d => d.Record).ToList();
        var ordered = errors
            .Select((e, i) => (Error: e, Order: i))
            .OrderBy(x => fileOrder[x.Error.Path])
            .ThenBy(x => x.Error.Line)
            .ThenBy(x => x.Error.Column)
            .ThenBy(x => x.Order)
            .Select(x => x.Error)
            .ToList();
        return new AuthoringResult(
            [.. clean.OfType<Microcredential>()],
            [.. clean.OfType<Pathway>()],
            [.. BuiltInScales.All, .. clean.OfType<ProficiencyScale>()],
            ordered)
        {
            MicrocredentialPaths = [.. cleanDocuments.Where(d => d.Record is Microcredential).Select(d => d.Errors.Path)],
            PathwayPaths = [.. cleanDocuments.Where(d => d.Record is Pathway).Select(d => d.Errors.Path)],
            ScalePaths = [.. cleanDocuments.Where(d => d.Record is ProficiencyScale).Select(d => d.Errors.Path)],
        };
    }

    private static LoadedDocument? LoadOne(SourceDocument source, List<AuthoringError> errors)
    {
        var sink = new ErrorSink(source.Path, errors);
        if (!YamlTreeReader.TryRead(source.Text, sink, out var root))
        {
            return null;
        }

        if (root is null or YamlScalar { IsNull: true })
        {
            sink.Add(AuthoringCodes.EmptyDocument, "The file holds no record; start it with 'kind: microcredential', 'kind: pathway' or 'kind: proficiency-scale'.", root?.Position ?? SourcePosition.Start, null);
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            sink.Add(AuthoringCodes.WrongType, $"A file must hold a map of fields starting with 'kind', not {root.Describe()}.", root.Position, null);
            return null;
        }

        var kindNode = mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "kind" }).Value;
        if (kindNode is null)
        {
            sink.Add(AuthoringCodes.MissingKind, $"The file needs 'kind': one of {string.Join(", ", Kinds.Keys)}.", mapping.Position, "kind");
            return null;
        }

        if (kindNode is not YamlScalar { IsNull: false } kindScalar || !Kinds.TryGetValue(kindScalar.Value, out var type))
        {
            var written = kindNode is YamlScalar { IsNull: false } s ? s.Value : string.Empty;
            var code = kindNode is YamlScalar { IsNull: true } ? AuthoringCodes.MissingKind : AuthoringCodes.UnknownKind;
            sink.Add(code, $"'kind' must be one of {string.Join(", ", Kinds.Keys)}.{Suggestions.DidYouMean(written, Kinds.Keys)}", kindNode.Position, "kind");
            return null;
        }

        var mapper = new RecordMapper(sink);
        if (mapper.MapRecord(mapping, RecordShape.For(type), string.Empty, "kind") is not { } record)
        {
            return null;
        }

        var document = new LoadedDocument(sink, mapper, kindScalar.Value, record);
        switch (record)
        {
            case Microcredential microcredential:
                MicrocredentialRules.Check(microcredential, document);
                break;
            case Pathway pathway:
                PathwayRules.Check(pathway, document);
                break;
            case ProficiencyScale scale:
                ScaleRules.Check(scale, document);
                break;
            default:
                break;
        }

        return document;
    }
}
