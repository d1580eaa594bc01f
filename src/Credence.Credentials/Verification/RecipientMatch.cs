using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Credence.Credentials.Verification;

/// <summary>Open Badges 3.0 recipient matching: the subject's <c>id</c>, or an <c>identifier</c> whose <c>identityHash</c> is the
/// identifier itself or <c>sha256$</c> + the hexadecimal SHA-256 of identifier and salt.</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#identityobject"/>
internal static class RecipientMatch
{
    public static bool Matches(JsonElement subject, string expected)
    {
        if (subject.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == expected)
        {
            return true;
        }

        if (!subject.TryGetProperty("identifier", out var identifiers))
        {
            return false;
        }

        foreach (var identifier in identifiers.ValueKind == JsonValueKind.Array ? identifiers.EnumerateArray() : Enumerable.Repeat(identifiers, 1))
        {
            if (identifier.ValueKind != JsonValueKind.Object || !identifier.TryGetProperty("identityHash", out var hash) || hash.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var hashed = identifier.TryGetProperty("hashed", out var h) && h.ValueKind == JsonValueKind.True;
            var salt = identifier.TryGetProperty("salt", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : string.Empty;
            var value = hash.GetString()!;
            if (!hashed && value == expected)
            {
                return true;
            }

            if (hashed && value.StartsWith("sha256$", StringComparison.OrdinalIgnoreCase))
            {
                var computed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected + salt)));
                if (string.Equals(value[7..], computed, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
