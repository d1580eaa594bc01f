using System.Reflection;
using System.Text;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests.Rdf;

public sealed class NQuadsRobustnessTests
{
    private const string Seed = """
        <http://example.com/s> <http://example.com/p> "v\u00E9\t\"q\""@en-GB <http://example.com/g> .
        _:b0.x <urn:ex:p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> _:g . # comment
        <urn:ex:\u0073> <urn:ex:p> _:b1 .
        """;

    private static readonly string[] Fragments = ["<", ">", "\"", "\\", "\\u", "\\U0010FFFF", "\\uD800", "_:", "_", ":", ".", "@", "^^", "^", "#", " ", "\t", "\n", "\r", "é", "\U0001F303", "\uFFFD", "x", "-", "0"];

    private static readonly HashSet<string> KnownCodes = typeof(RdfcErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Mutated_documents_either_parse_and_round_trip_or_report_a_known_code()
    {
        var random = new Random(20261128);
        var failures = new List<string>();

        for (var i = 0; i < 20_000; i++)
        {
            var text = Mutate(random);
            try
            {
                if (NQuads.TryParse(text, out var dataset, out var error))
                {
                    var reparsed = NQuads.Parse(NQuads.Serialize(dataset));
                    if (!reparsed.Quads.SequenceEqual(dataset.Quads))
                    {
                        failures.Add($"round trip differs: {text}");
                    }
                }
                else if (!KnownCodes.Contains(error.Code) || error.Line < 1 || error.Column < 1)
                {
                    failures.Add($"bad error {error}: {text}");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"{e.GetType().Name}: {text}");
            }
        }

        Assert.Empty(failures);
    }

    private static string Mutate(Random random)
    {
        var text = new StringBuilder(Seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at));
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }
}
