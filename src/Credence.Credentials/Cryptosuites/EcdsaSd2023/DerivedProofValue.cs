using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace Credence.Credentials.Cryptosuites.EcdsaSd2023;

/// <summary>vc-di-ecdsa §3.5.8 parseDerivedProofValue: the components of an ecdsa-sd-2023 derived proof.</summary>
/// <param name="BaseSignature">The issuer's signature over the proof hash, proof-scoped key and mandatory hash.</param>
/// <param name="PublicKey">The proof-scoped P-256 public key, as Multikey bytes.</param>
/// <param name="Signatures">One signature per non-mandatory statement disclosed, in order.</param>
/// <param name="LabelMap">Canonical blank node label (<c>c14n0</c>) → the HMAC-derived label the issuer signed.</param>
/// <param name="MandatoryIndexes">Positions of the mandatory statements among the relabelled statements.</param>
/// <seealso href="https://www.w3.org/TR/vc-di-ecdsa/#parsederivedproofvalue"/>
internal sealed record DerivedProofValue(byte[] BaseSignature, byte[] PublicKey, IReadOnlyList<byte[]> Signatures, IReadOnlyDictionary<string, string> LabelMap, IReadOnlyList<int> MandatoryIndexes)
{
    public static bool TryParse(string proofValue, [NotNullWhen(true)] out DerivedProofValue? value)
    {
        value = null;

        // 1. The multibase prefix u (base64url without padding); 2. decode it; the header 0xd9 0x5d 0x01 marks a derived proof.
        if (proofValue.Length < 2 || proofValue[0] != 'u' || !TryDecodeBase64Url(proofValue.AsSpan(1), out var decoded)
            || decoded.Length < 3 || decoded[0] != 0xd9 || decoded[1] != 0x5d || decoded[2] != 0x01)
        {
            return false;
        }

        // 3. The rest is a CBOR array of five: baseSignature, publicKey, signatures, compressedLabelMap, mandatoryIndexes.
        var reader = new CborItemReader(decoded.AsSpan(3));
        if (!reader.TryReadArrayLength(out var count) || count != 5
            || !reader.TryReadBytes(out var baseSignature) || !reader.TryReadBytes(out var publicKey)
            || !reader.TryReadArrayLength(out var signatureCount))
        {
            return false;
        }

        var signatures = new List<byte[]>(Math.Min(signatureCount, 1024));
        for (var i = 0; i < signatureCount; i++)
        {
            if (!reader.TryReadBytes(out var signature))
            {
                return false;
            }

            signatures.Add(signature);
        }

        // 4. decompressLabelMap: each integer key k becomes c14n{k}, each byte value u + base64url(value).
        if (!reader.TryReadMapLength(out var labelCount))
        {
            return false;
        }

        var labelMap = new Dictionary<string, string>(Math.Min(labelCount, 1024), StringComparer.Ordinal);
        for (var i = 0; i < labelCount; i++)
        {
            if (!reader.TryReadUnsigned(out var key) || !reader.TryReadBytes(out var label) || !labelMap.TryAdd("c14n" + key, "u" + Base64Url.EncodeToString(label)))
            {
                return false;
            }
        }

        if (!reader.TryReadArrayLength(out var mandatoryCount))
        {
            return false;
        }

        var mandatoryIndexes = new List<int>(Math.Min(mandatoryCount, 1024));
        for (var i = 0; i < mandatoryCount; i++)
        {
            if (!reader.TryReadUnsigned(out var index) || index > int.MaxValue)
            {
                return false;
            }

            mandatoryIndexes.Add((int)index);
        }

        if (!reader.AtEnd)
        {
            return false;
        }

        value = new DerivedProofValue(baseSignature, publicKey, signatures, labelMap, mandatoryIndexes);
        return true;
    }

    private static bool TryDecodeBase64Url(ReadOnlySpan<char> text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        var buffer = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.TryDecodeFromChars(text, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
