using Credence.Credentials.Verification;

namespace Credence.Credentials.Baking;

/// <summary>A baked image, or the reason the image could not be baked.</summary>
/// <param name="Image">The baked image bytes (PNG or UTF-8 SVG), on success.</param>
/// <param name="Problem">On failure, a failed check with a <c>bake.*</c> code.</param>
public sealed record BakeResult(byte[]? Image, Check? Problem)
{
    /// <summary>Gets a value indicating whether the image was baked.</summary>
    public bool Succeeded => Image is not null;
}
