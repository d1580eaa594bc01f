using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>vc-di-eddsa §3.3.3 Hashing (eddsa-rdfc-2022): SHA-256 of the canonical proof configuration, then of the canonical document.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#hashing-eddsa-rdfc-2022"/>
internal static class Hashing
{
    public static byte[] Hash(string canonicalProofConfig, string transformedDocument)
    {
        // 1. proofConfigHash = SHA-256(canonicalProofConfig); transformedDocumentHash = SHA-256(transformedDocument).
        // 2. hashData = proofConfigHash || transformedDocumentHash.
        var hashData = new byte[64];
        Sha256OfUtf8(canonicalProofConfig, hashData.AsSpan(0, 32));
        Sha256OfUtf8(transformedDocument, hashData.AsSpan(32, 32));
        return hashData;
    }

    // Note: the UTF-8 text is encoded into a pooled buffer; the canonical document is several kilobytes per credential.
    private static void Sha256OfUtf8(string text, Span<byte> destination)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            SHA256.HashData(buffer.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
