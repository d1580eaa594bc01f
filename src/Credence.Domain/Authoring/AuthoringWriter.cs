using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Credence.Domain.Authoring;

/// <summary>Writes records in the authoring format that <see cref="AuthoringLoader"/> reads, leaving out empty fields and defaults.</summary>
public static partial class AuthoringWriter
{
    /// <summary>Writes a microcredential as a <c>kind: microcredential</c> file.</summary>
    /// <param name="m">The microcredential.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="m"/> is null.</exception>
    public static string Write(Microcredential m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return WriteRecord(AuthoringLoader.MicrocredentialKind, m);
    }

    /// <summary>Writes a pathway as a <c>kind: pathway</c> file.</summary>
    /// <param name="p">The pathway.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> is null.</exception>
    public static string Write(Pathway p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return WriteRecord(AuthoringLoader.PathwayKind, p);
    }

    /// <summary>Writes a proficiency scale as a <c>kind: proficiency-scale</c> file.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static string Write(ProficiencyScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return WriteRecord(AuthoringLoader.ScaleKind, scale);
    }

    private static string WriteRecord(string kind, object record)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        Plain(emitter, "kind");
        Plain(emitter, kind);
        Fields(emitter, record);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Fields(IEmitter emitter, object record)
    {
        var shape = RecordShape.For(record.GetType());
        foreach (var member in shape.Members)
        {
            var value = member.Property.GetValue(record);
            if (value is null || value is ICollection { Count: 0 } || (!member.Required && Equals(value, shape.DefaultOf(member))))
            {
                continue;
            }

            Plain(emitter, member.Key);
            Value(emitter, value);
        }
    }

    private static void Value(IEmitter emitter, object value)
    {
        switch (value)
        {
            case string text:
                Text(emitter, text);
                break;
            case bool flag:
                Plain(emitter, flag ? "true" : "false");
                break;
            case int number:
                Plain(emitter, number.ToString(CultureInfo.InvariantCulture));
                break;
            case decimal number:
                Plain(emitter, number.ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                Plain(emitter, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Enum:
                Plain(emitter, EnumShape.For(value.GetType()).NameOf(value));
                break;
            case IEnumerable items:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in items)
                {
                    Value(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                Fields(emitter, value);
                emitter.Emit(new MappingEnd());
                break;
        }
    }

    private static void Plain(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    private static void Text(IEmitter emitter, string text)
    {
        // Text that a reader would take for null, a boolean, a number or a date is quoted so it stays text.
        var style = text.Contains('\n', StringComparison.Ordinal) && !text.Contains('\r', StringComparison.Ordinal) && text.Trim(' ', '\n').Length > 0 ? ScalarStyle.Literal
            : NotText().IsMatch(text) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: style == ScalarStyle.Any, isQuotedImplicit: true));
    }

    [GeneratedRegex(@"^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off|[-+]?(\.[0-9]+|[0-9][0-9_.:]*)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d{2}-\d{2}.*)$")]
    private static partial Regex NotText();
}
