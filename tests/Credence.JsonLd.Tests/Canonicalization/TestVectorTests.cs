using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests.Canonicalization;

/// <summary>The 1EdTech eddsa-rdfc-2022 test vectors as fixed inputs: relabelled and reordered, they canonicalize back to the published N-Quads and hash.</summary>
public sealed partial class TestVectorTests
{
    [Theory]
    // Open Badges 3.0 credential: one blank node (the criteria).
    [InlineData("ob3-document-canon.nq", "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773")]
    // CLR 2.0 credential: three blank nodes, one of them naming the proof graph.
    [InlineData("clr2-document-canon.nq", "768d7015ae69e0210e1c2a45194d9c1d15d7a6022e52b946574a2a27f6fa85fe")]
    public void A_relabelled_and_reordered_test_vector_canonicalizes_to_the_published_n_quads_and_hash(string file, string documentHashHex)
    {
        var published = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "eddsa-rdfc-2022", file));
        var relabelled = CanonicalLabel().Replace(published, m => "_:x" + (7 - int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
        var lines = relabelled.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Array.Reverse(lines);
        var input = NQuads.Parse(string.Join('\n', lines));

        var result = RdfCanonicalizer.Canonicalize(input);

        Assert.Equal(published, result.CanonicalNQuads);
        Assert.Equal(documentHashHex, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(result.CanonicalNQuads))));
    }

    [GeneratedRegex(@"_:c14n(\d+)")]
    private static partial Regex CanonicalLabel();
}
