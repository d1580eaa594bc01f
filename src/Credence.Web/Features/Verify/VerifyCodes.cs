namespace Credence.Web.Features.Verify;

/// <summary>Stable codes of the public verifier: the overall verdict of a verification (<c>verdict.code</c>) and the problems with a request that kept it from running.</summary>
internal static class VerifyCodes
{
    /// <summary>Every check passed or did not apply.</summary>
    public const string Verified = "verify.verified";

    /// <summary>The issuer revoked the credential (its status list says so).</summary>
    public const string Revoked = "verify.revoked";

    /// <summary>The issuer suspended the credential (its status list says so).</summary>
    public const string Suspended = "verify.suspended";

    /// <summary>The credential's validity period has ended.</summary>
    public const string Expired = "verify.expired";

    /// <summary>The credential's validity period has not begun.</summary>
    public const string NotYetValid = "verify.not-yet-valid";

    /// <summary>A check found the credential invalid (a broken signature, a schema violation, a malformed document).</summary>
    public const string Invalid = "verify.invalid";

    /// <summary>Nothing failed, but a check that applies could not be made (a DID document or status list unreachable, fetching turned off).</summary>
    public const string Incomplete = "verify.incomplete";

    /// <summary>The request carried no credential: an empty body, or a form with neither text nor a file.</summary>
    public const string NoInput = "verify.no-input";

    /// <summary>The request carried both pasted text and a file; send one credential at a time.</summary>
    public const string AmbiguousInput = "verify.ambiguous-input";

    /// <summary>The credential or image is larger than the verifier accepts (413).</summary>
    public const string TooLarge = "verify.too-large";

    /// <summary>The request's content type is not JSON, a JWT, text, a PNG or SVG image, or a multipart form (415).</summary>
    public const string UnsupportedMediaType = "verify.unsupported-media-type";
}
