using System.Collections.Frozen;
using Credence.Credentials.Verification;

namespace Credence.Web.Features.Verify;

/// <summary>What each verification check means, in plain words for someone who is not a credentials expert; the check's own message says what it found.</summary>
internal static class CheckMeanings
{
    private static readonly FrozenDictionary<string, string> _meanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [VerificationCodes.Ob3Format] = "The input is a credential the verifier can read: JSON, a signed token (JWT), or a badge image with a credential baked in.",
        [VerificationCodes.Ob3JsonLd] = "Every statement in the credential uses a vocabulary its declared standards define, so nothing in it is silently ignored.",
        [VerificationCodes.Ob3Context] = "The credential declares the W3C Verifiable Credentials and Open Badges (or CLR) standards it follows.",
        [VerificationCodes.Ob3Type] = "The credential says what kind of credential it is: an Open Badge, an achievement, an endorsement or a comprehensive learner record.",
        [VerificationCodes.Ob3Schema] = "The credential has every field the Open Badges 3.0 / CLR 2.0 standard requires, each in the right form.",
        [VerificationCodes.Ob3CredentialSchema] = "The credential also matches the extra schema its issuer named, when the verifier knows that schema.",
        [VerificationCodes.Ob3SubjectIdentified] = "The credential names who it was awarded to.",
        [VerificationCodes.Ob3Proof] = "The issuer's digital signature matches the credential: nobody changed a word of it since it was signed.",
        [VerificationCodes.Ob3IssuerKey] = "The key that signed the credential belongs to the issuer the credential names.",
        [VerificationCodes.Ob3Refresh] = "Whether the issuer offers a service to fetch an updated copy; it is optional and never contacted.",
        [VerificationCodes.Ob3Validity] = "The credential is within the dates it is valid for.",
        [VerificationCodes.Ob3NotYetValid] = "The credential only becomes valid on a later date.",
        [VerificationCodes.Ob3Expired] = "The credential's validity has ended: it was genuine, but the issuer set an end date that has passed.",
        [VerificationCodes.Ob3Recipient] = "The credential was awarded to the person you said you expected.",
        [VerificationCodes.MalformedProofError] = "The digital signature is damaged or incomplete, so it cannot be checked.",
        [VerificationCodes.MismatchedProofPurposeError] = "The signature was made with a key the issuer did not authorize for issuing credentials.",
        [VerificationCodes.ProofTransformationError] = "The credential could not be prepared for checking its signature: it uses terms its standards do not define.",
        [VerificationCodes.ProofVerificationError] = "The digital signature does not match: the credential was changed after it was signed, or signed by someone else.",
        [VerificationCodes.InteropJsonLdJsQuirk] = "The signature matches only the way some JavaScript tools order text; accepted, with this note.",
        [VerificationCodes.JwtFormat] = "The signed token (JWT) is well formed.",
        [VerificationCodes.JwtAlgorithm] = "The token is signed with an algorithm the standard allows.",
        [VerificationCodes.JwtKey] = "The key that signed the token could be found.",
        [VerificationCodes.JwtSignature] = "The token's signature matches: nobody changed it since it was signed.",
        [VerificationCodes.JwtClaims] = "The token's issuer, id and subject agree with the credential inside it.",
        [VerificationCodes.JwtNotBefore] = "The token is already valid.",
        [VerificationCodes.JwtExpiration] = "The token has not expired.",
        [VerificationCodes.StatusEntry] = "Whether the issuer publishes a status for this credential, so it can be revoked or suspended.",
        [VerificationCodes.StatusUnsupportedType] = "The issuer publishes the credential's status in a form the verifier cannot read.",
        [VerificationCodes.StatusRevocation] = "The issuer has not revoked the credential.",
        [VerificationCodes.StatusSuspension] = "The issuer has not suspended the credential.",
        [VerificationCodes.StatusMessage] = "A status message the issuer publishes for the credential.",
        [VerificationCodes.StatusListProof] = "The issuer's published status list is itself signed by the issuer, so its answer can be trusted.",
        [VerificationCodes.StatusRetrievalError] = "The issuer's status list could be fetched to see whether the credential was revoked.",
        [VerificationCodes.StatusVerificationError] = "The issuer's status list is genuine, current and meant for this kind of status.",
        [VerificationCodes.StatusListLengthError] = "The issuer's status list is long enough to protect the holders' privacy.",
        [VerificationCodes.StatusRangeError] = "The credential's place in the status list exists.",
        [VerificationCodes.StatusMalformedValue] = "The credential's status entry is complete and well formed.",
        [VerificationCodes.BakeNotAnImage] = "The uploaded file is a PNG or SVG image.",
        [VerificationCodes.BakeTooLarge] = "The uploaded image is small enough to check.",
        [VerificationCodes.BakePngInvalid] = "The PNG image is well formed.",
        [VerificationCodes.BakePngCrc] = "The PNG image is undamaged.",
        [VerificationCodes.BakeSvgInvalid] = "The SVG image is well formed.",
        [VerificationCodes.BakeNoCredential] = "The image has a credential baked into it.",
        [VerificationCodes.BakeMultipleCredentials] = "The image carries exactly one credential.",
        [VerificationCodes.BakeInvalidPayload] = "What is baked into the image is a credential.",
        [VerificationCodes.DidInvalid] = "The issuer's identifier (DID) is well formed.",
        [VerificationCodes.DidUnsupportedMethod] = "The verifier knows how to look up the issuer's kind of identifier (did:key and did:web).",
        [VerificationCodes.DidDocumentInvalid] = "The issuer's published identity document is well formed and is about the issuer.",
        [VerificationCodes.DidMethodNotFound] = "The issuer's published identity document lists the key that signed the credential.",
        [VerificationCodes.KeyInvalidMultibase] = "The signing key is written correctly.",
        [VerificationCodes.KeyUnsupportedType] = "The signing key is of a kind the verifier supports.",
        [VerificationCodes.KeyInvalidLength] = "The signing key has the right length.",
        [VerificationCodes.KeyInvalid] = "The signing key is a valid key.",
        [VerificationCodes.KeyInvalidJwk] = "The signing key is written correctly.",
        [VerificationCodes.KeyInvalidKeyFile] = "The key file is in a form the verifier reads.",
        [VerificationCodes.KeyMismatch] = "The key file's public and secret keys belong together.",
        [VerificationCodes.KeyPrivateKeyExposed] = "The token does not reveal the issuer's secret key (if it did, anyone could forge credentials).",
        [VerificationCodes.FetchOffline] = "The verifier may look up other issuers' documents on the internet; here it runs offline, so this could not be checked.",
        [VerificationCodes.FetchUnavailable] = "The document this check needs is available.",
        [VerificationCodes.FetchNotHttps] = "The issuer's document is published over a secure (HTTPS) connection.",
        [VerificationCodes.FetchPrivateAddress] = "The issuer's document is on the public internet (the verifier never contacts private networks).",
        [VerificationCodes.FetchRedirect] = "The issuer's document is served where the credential says (redirects are not followed).",
        [VerificationCodes.FetchHttpStatus] = "The issuer's server answered the request for its document.",
        [VerificationCodes.FetchTooLarge] = "The issuer's document is of a reasonable size.",
        [VerificationCodes.FetchTimeout] = "The issuer's server answered in time.",
        [VerificationCodes.FetchNetworkError] = "The issuer's server could be reached.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The plain-language meaning of a check code; a generic sentence for a code this page does not know.</summary>
    public static string Of(string code) =>
        _meanings.TryGetValue(code, out var meaning) ? meaning : "A further check the verifier made.";

    /// <summary>Every code with a meaning, for the test that keeps this list complete.</summary>
    public static IEnumerable<string> Codes => _meanings.Keys;
}
