using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Credence.Credentials.Jwt;

namespace Credence.Credentials.Documents;

/// <summary>A signed credential, kept byte-for-byte as signed: JSON with an embedded proof, or a compact JWS.</summary>
/// <remarks>Store and return <see cref="Text"/>; never re-serialize a signed credential from its model.</remarks>
public sealed class SignedCredential
{
    private SignedCredential(string text, bool isJwt)
    {
        Text = text;
        IsJwt = isJwt;
    }

    /// <summary>Gets the credential exactly as signed.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the credential is a compact JWS (VC-JWT).</summary>
    public bool IsJwt { get; }

    /// <summary>Wraps a signed credential's text without changing it.</summary>
    /// <param name="text">JSON text or a compact JWS.</param>
    /// <returns>The signed credential.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is neither a JSON object nor a compact JWS.</exception>
    public static SignedCredential FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (CompactJws.LooksLikeJws(text))
        {
            return new SignedCredential(text, true);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new SignedCredential(text, false);
            }
        }
        catch (JsonException)
        {
        }

        throw new ArgumentException("A signed credential is a JSON object or a compact JWS.", nameof(text));
    }

    /// <summary>Wraps JSON this library has just written and signed, without parsing it again.</summary>
    internal static SignedCredential FromSignedJson(string json) => new(json, false);

    /// <summary>Reads the credential's content as a document model (for a JWT, from its payload or VC 1.1 <c>vc</c> claim).</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="document">The document on success.</param>
    /// <param name="error">On failure, what is wrong.</param>
    /// <returns><see langword="true"/> when the content is a valid document of that type.</returns>
    public bool TryRead<T>([NotNullWhen(true)] out T? document, [NotNullWhen(false)] out string? error)
        where T : class
    {
        if (!IsJwt)
        {
            return CredentialJson.TryDeserialize(Text, out document, out error);
        }

        if (!CompactJws.TryParse(Text.Trim(), int.MaxValue, out var jws, out var problem))
        {
            document = null;
            error = problem;
            return false;
        }

        using (jws)
        {
            var payload = jws.Payload.RootElement;
            var content = payload.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object ? vc : payload;
            return CredentialJson.TryDeserialize(content.GetRawText(), out document, out error);
        }
    }

    /// <summary>Returns the credential exactly as signed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
