using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Credence.Credentials.Jwt;

/// <summary>RFC 7515 §7.1 JWS compact serialization: header, payload and signature, each base64url.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc7515#section-7.1"/>
internal sealed class CompactJws : IDisposable
{
    private CompactJws(JsonDocument header, JsonDocument payload, byte[] signature, string signingInput)
    {
        Header = header;
        Payload = payload;
        Signature = signature;
        SigningInput = signingInput;
    }

    public JsonDocument Header { get; }

    public JsonDocument Payload { get; }

    public byte[] Signature { get; }

    public string SigningInput { get; }

    public static bool LooksLikeJws(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Count('.') == 2 && text.StartsWith("eyJ", StringComparison.Ordinal);
    }

    public static bool TryParse(string text, int maxLength, [NotNullWhen(true)] out CompactJws? jws, out string problem)
    {
        jws = null;
        problem = string.Empty;
        if (text.Length > maxLength)
        {
            problem = $"The JWT is longer than {maxLength} characters.";
            return false;
        }

        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            problem = "A JWS compact serialization has exactly three dot-separated parts.";
            return false;
        }

        if (!TryDecode(parts[0], out var headerBytes) || !TryDecode(parts[1], out var payloadBytes) || !TryDecode(parts[2], out var signature))
        {
            problem = "A part of the JWT is not base64url.";
            return false;
        }

        var header = TryParseObject(headerBytes);
        var payload = TryParseObject(payloadBytes);
        if (header is null || payload is null)
        {
            header?.Dispose();
            payload?.Dispose();
            problem = "The JWT header and payload must be JSON objects.";
            return false;
        }

        jws = new CompactJws(header, payload, signature, parts[0] + "." + parts[1]);
        return true;
    }

    public void Dispose()
    {
        Header.Dispose();
        Payload.Dispose();
    }

    private static bool TryDecode(string part, out byte[] bytes)
    {
        bytes = [];
        if (part.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(part);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static JsonDocument? TryParseObject(byte[] bytes)
    {
        try
        {
            var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
