using System.Diagnostics.CodeAnalysis;

namespace Credence.Credentials.Cryptosuites.EcdsaSd2023;

/// <summary>
/// vc-di-ecdsa §3.4 (labelReplacementCanonicalizeNQuads): canonical N-Quads with each blank node label replaced through a
/// label map, sorted again. Labels are replaced only where N-Quads puts terms (subject, object, graph), never inside literals.
/// </summary>
internal static class BlankNodeRelabelling
{
    public static bool TryRelabel(string canonicalNQuads, IReadOnlyDictionary<string, string> labelMap, [NotNullWhen(true)] out List<string>? nquads)
    {
        nquads = [];
        foreach (var line in canonicalNQuads.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryRelabelLine(line, labelMap, out var relabelled))
            {
                nquads = null;
                return false;
            }

            nquads.Add(relabelled + "\n");
        }

        // Note: ordinal (UTF-16) order, as the JavaScript implementations that derive these proofs sort.
        nquads.Sort(StringComparer.Ordinal);
        return true;
    }

    private static bool TryRelabelLine(string line, IReadOnlyDictionary<string, string> labelMap, [NotNullWhen(true)] out string? relabelled)
    {
        relabelled = null;
        var output = new System.Text.StringBuilder(line.Length + 32);
        var position = 0;

        // Subject, then predicate (always an IRI), then object, then an optional graph name.
        if (!TryTerm(line, ref position, labelMap, output) || !TrySpace(line, ref position, output)
            || !TryIri(line, ref position, output) || !TrySpace(line, ref position, output)
            || !TryTerm(line, ref position, labelMap, output) || !TrySpace(line, ref position, output))
        {
            return false;
        }

        if (line[position] != '.' && (!TryTerm(line, ref position, labelMap, output) || !TrySpace(line, ref position, output)))
        {
            return false;
        }

        if (line.AsSpan(position) is not ".")
        {
            return false;
        }

        relabelled = output.Append('.').ToString();
        return true;
    }

    private static bool TrySpace(string line, ref int position, System.Text.StringBuilder output)
    {
        if (position >= line.Length || line[position] != ' ')
        {
            return false;
        }

        output.Append(' ');
        position++;
        return position < line.Length;
    }

    private static bool TryIri(string line, ref int position, System.Text.StringBuilder output)
    {
        var end = line.IndexOf('>', position);
        if (line[position] != '<' || end < 0)
        {
            return false;
        }

        output.Append(line, position, end + 1 - position);
        position = end + 1;
        return true;
    }

    private static bool TryTerm(string line, ref int position, IReadOnlyDictionary<string, string> labelMap, System.Text.StringBuilder output)
    {
        switch (line[position])
        {
            case '<':
                return TryIri(line, ref position, output);
            case '_':
                {
                    var end = line.IndexOf(' ', position);
                    if (end < 0 || !line.AsSpan(position).StartsWith("_:") || !labelMap.TryGetValue(line[(position + 2)..end], out var label))
                    {
                        return false;
                    }

                    output.Append("_:").Append(label);
                    position = end;
                    return true;
                }

            case '"':
                {
                    // A literal: up to the closing quote (escapes are backslash pairs), then a datatype IRI or a language tag.
                    var i = position + 1;
                    while (i < line.Length && line[i] != '"')
                    {
                        i += line[i] == '\\' ? 2 : 1;
                    }

                    var end = line.IndexOf(' ', Math.Min(i, line.Length - 1));
                    if (i >= line.Length || end < 0)
                    {
                        return false;
                    }

                    output.Append(line, position, end - position);
                    position = end;
                    return true;
                }

            default:
                return false;
        }
    }
}
