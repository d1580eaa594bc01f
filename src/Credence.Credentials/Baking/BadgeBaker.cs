using System.Text;
using System.Text.Json;
using Credence.Credentials.Jwt;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Baking;

/// <summary>Bakes an Open Badges 3.0 credential into a PNG or SVG image and extracts it again; one credential per image, re-baking replaces it.</summary>
/// <remarks>Images are untrusted input: malformed, oversized or hostile ones (bad CRC, huge chunks, DTD entity expansion) give a
/// failed result with a <c>bake.*</c> code, never an exception. Entities are never resolved and nothing is fetched.</remarks>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#baking"/>
public static class BadgeBaker
{
    /// <summary>The largest image accepted (32 MiB).</summary>
    public const int MaxImageBytes = 32 * 1024 * 1024;

    /// <summary>Bakes <paramref name="credential"/> into <paramref name="image"/>, replacing a credential baked earlier.</summary>
    /// <param name="image">A PNG or SVG image.</param>
    /// <param name="credential">The credential: JSON text or a compact JWS.</param>
    /// <returns>The baked image, or a failed check when the image is not a well-formed PNG or SVG.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="credential"/> is neither a JSON object nor a compact JWS.</exception>
    public static BakeResult Bake(byte[] image, string credential)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(credential);
        var isJwt = CompactJws.LooksLikeJws(credential);
        if (!isJwt && !IsJsonObject(credential))
        {
            throw new ArgumentException("The credential must be a JSON object or a compact JWS.", nameof(credential));
        }

        if (image.Length > MaxImageBytes)
        {
            return new BakeResult(null, Check.Failed(VerificationCodes.BakeTooLarge, $"The image is larger than {MaxImageBytes} bytes."));
        }

        return PngBaking.IsPng(image) ? PngBaking.Bake(image, isJwt ? credential.Trim() : credential)
            : SvgBaking.LooksLikeSvg(image) ? SvgBaking.Bake(image, isJwt ? credential.Trim() : credential, isJwt)
            : new BakeResult(null, Check.Failed(VerificationCodes.BakeNotAnImage, "The image is neither PNG nor SVG."));
    }

    /// <summary>Extracts the baked credential from a PNG or SVG image.</summary>
    /// <param name="image">The image bytes.</param>
    /// <returns>The credential exactly as baked, or a failed check saying why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    public static UnbakeResult Unbake(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Length > MaxImageBytes)
        {
            return UnbakeResult.Failed(VerificationCodes.BakeTooLarge, $"The image is larger than {MaxImageBytes} bytes.");
        }

        var result = PngBaking.IsPng(image) ? PngBaking.Extract(image)
            : SvgBaking.LooksLikeSvg(image) ? SvgBaking.Extract(image)
            : UnbakeResult.Failed(VerificationCodes.BakeNotAnImage, "The image is neither PNG nor SVG.");
        return result.Credential is null ? result : Classify(result.Credential);
    }

    private static UnbakeResult Classify(string payload)
    {
        if (CompactJws.LooksLikeJws(payload))
        {
            return new UnbakeResult(payload.Trim(), true, null);
        }

        return IsJsonObject(payload)
            ? new UnbakeResult(payload, false, null)
            : UnbakeResult.Failed(VerificationCodes.BakeInvalidPayload, "The baked payload is neither a JSON object nor a compact JWS.");
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 256 });
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
