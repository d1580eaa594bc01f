namespace Credence.Credentials.Verification;

/// <summary>The stable codes of verification checks and credential-processing failures; the VC Data Integrity spec's codes verbatim where it defines them.</summary>
/// <remarks>Every code is listed in <c>docs/errors.md</c>. A released code never changes spelling or meaning.</remarks>
public static class VerificationCodes
{
    // Keys

    /// <summary>A multibase value is not base58btc (<c>z…</c>) or has characters outside the alphabet.</summary>
    public const string KeyInvalidMultibase = "key.invalid-multibase";

    /// <summary>A key's multicodec prefix or JWK type names a key type Credence does not support.</summary>
    public const string KeyUnsupportedType = "key.unsupported-type";

    /// <summary>A key has the wrong number of bytes for its type.</summary>
    public const string KeyInvalidLength = "key.invalid-length";

    /// <summary>Key bytes of the right length are not a valid key (a point not on the curve, a malformed RSA key).</summary>
    public const string KeyInvalid = "key.invalid";

    /// <summary>A JWK is malformed (missing or non-base64url members).</summary>
    public const string KeyInvalidJwk = "key.invalid-jwk";

    /// <summary>A JWK that must be public carries a private key (<c>d</c>).</summary>
    public const string KeyPrivateKeyExposed = "key.private-key-exposed";

    /// <summary>A key file is not JSON or not in a supported form.</summary>
    public const string KeyInvalidKeyFile = "key.invalid-key-file";

    /// <summary>A key file's public and secret keys do not belong together.</summary>
    public const string KeyMismatch = "key.mismatch";

    // DIDs

    /// <summary>An identifier is not a valid DID or DID URL of its method.</summary>
    public const string DidInvalid = "did.invalid";

    /// <summary>The DID method is not supported, so the verification method could not be resolved.</summary>
    public const string DidUnsupportedMethod = "did.unsupported-method";

    /// <summary>A DID document is not JSON, has no id, or is for another DID.</summary>
    public const string DidDocumentInvalid = "did.document-invalid";

    /// <summary>The DID document has no verification method with the requested id.</summary>
    public const string DidMethodNotFound = "did.method-not-found";

    // Fetching

    /// <summary>Fetching is turned off, so a document the check needs was not fetched.</summary>
    public const string FetchOffline = "fetch.offline";

    /// <summary>No document was available for the URL.</summary>
    public const string FetchUnavailable = "fetch.unavailable";

    /// <summary>The URL is not HTTPS (and plain HTTP is not allowed).</summary>
    public const string FetchNotHttps = "fetch.not-https";

    /// <summary>The host is, or resolves to, a loopback, private, link-local or otherwise non-public address.</summary>
    public const string FetchPrivateAddress = "fetch.private-address";

    /// <summary>The server answered with a redirect, which is not followed.</summary>
    public const string FetchRedirect = "fetch.redirect";

    /// <summary>The server answered with an HTTP error status.</summary>
    public const string FetchHttpStatus = "fetch.http-status";

    /// <summary>The response is larger than the size limit.</summary>
    public const string FetchTooLarge = "fetch.too-large";

    /// <summary>The server did not answer within the time limit.</summary>
    public const string FetchTimeout = "fetch.timeout";

    /// <summary>The connection failed.</summary>
    public const string FetchNetworkError = "fetch.network-error";

    // VC-JWT

    /// <summary>The JWT is not a well-formed JWS compact serialization with JSON header and payload.</summary>
    public const string JwtFormat = "jwt.format";

    /// <summary>The JWS algorithm is not one of RS256, ES256 and EdDSA.</summary>
    public const string JwtAlgorithm = "jwt.algorithm";

    /// <summary>The signing key named by the header (<c>jwk</c> or <c>kid</c>); not checked when the header names no key.</summary>
    public const string JwtKey = "jwt.key";

    /// <summary>The JWS signature over header and payload.</summary>
    public const string JwtSignature = "jwt.signature";

    /// <summary>The <c>iss</c>, <c>jti</c> and <c>sub</c> claims agree with the credential's issuer, id and subject.</summary>
    public const string JwtClaims = "jwt.claims";

    /// <summary>The <c>nbf</c> claim is not in the future.</summary>
    public const string JwtNotBefore = "jwt.not-before";

    /// <summary>The <c>exp</c> claim is not in the past.</summary>
    public const string JwtExpiration = "jwt.expiration";

    // Status (Bitstring Status List codes verbatim where the spec defines them)

    /// <summary>Whether the credential has a <c>credentialStatus</c> at all (skipped when it has none).</summary>
    public const string StatusEntry = "status.entry";

    /// <summary>The <c>credentialStatus</c> type is not one Credence can check.</summary>
    public const string StatusUnsupportedType = "status.unsupported-type";

    /// <summary>The revocation status: failed when the credential is revoked.</summary>
    public const string StatusRevocation = "status.revocation";

    /// <summary>The suspension status: failed when the credential is suspended.</summary>
    public const string StatusSuspension = "status.suspension";

    /// <summary>A status of another purpose (<c>refresh</c>, <c>message</c>) was read and is reported.</summary>
    public const string StatusMessage = "status.message";

    /// <summary>The status list credential's own proof could not be checked, so its content was not trusted.</summary>
    public const string StatusListProof = "status.list-proof";

    /// <summary>Bitstring Status List: the status list credential could not be retrieved.</summary>
    public const string StatusRetrievalError = "STATUS_RETRIEVAL_ERROR";

    /// <summary>Bitstring Status List: the status list credential does not verify, is out of its validity period, or its purpose does not match the entry's.</summary>
    public const string StatusVerificationError = "STATUS_VERIFICATION_ERROR";

    /// <summary>Bitstring Status List: the decoded list is shorter than the minimum 131,072 entries.</summary>
    public const string StatusListLengthError = "STATUS_LIST_LENGTH_ERROR";

    /// <summary>Bitstring Status List: the status list index is outside the list.</summary>
    public const string StatusRangeError = "RANGE_ERROR";

    /// <summary>Bitstring Status List: an entry or encoded list is malformed.</summary>
    public const string StatusMalformedValue = "MALFORMED_VALUE_ERROR";

    // Baking

    /// <summary>The image is neither a PNG nor an SVG.</summary>
    public const string BakeNotAnImage = "bake.not-an-image";

    /// <summary>The image is larger than the size limit.</summary>
    public const string BakeTooLarge = "bake.too-large";

    /// <summary>The PNG is malformed: truncated, a chunk longer than the file, an invalid chunk type, no IHDR or IEND, or a bad iTXt chunk.</summary>
    public const string BakePngInvalid = "bake.png-invalid";

    /// <summary>A PNG chunk fails its CRC-32.</summary>
    public const string BakePngCrc = "bake.png-crc";

    /// <summary>The SVG is not well-formed XML, uses entities, or has no <c>svg</c> root.</summary>
    public const string BakeSvgInvalid = "bake.svg-invalid";

    /// <summary>The image carries no baked credential.</summary>
    public const string BakeNoCredential = "bake.no-credential";

    /// <summary>The image carries more than one baked credential.</summary>
    public const string BakeMultipleCredentials = "bake.multiple-credentials";

    /// <summary>The baked payload is neither a JSON object nor a compact JWS (or not UTF-8).</summary>
    public const string BakeInvalidPayload = "bake.invalid-payload";

    // Open Badges 3.0 / CLR 2.0 documents

    /// <summary>The credential against the bundled Open Badges 3.0 / CLR 2.0 JSON Schema for its type.</summary>
    public const string Ob3Schema = "ob3.schema";

    /// <summary>The credential against a schema its own <c>credentialSchema</c> lists; skipped when that schema is not bundled (schemas are never fetched).</summary>
    public const string Ob3CredentialSchema = "ob3.credential-schema";

    /// <summary>The input is a JSON object, a compact JWS or a baked image carrying one.</summary>
    public const string Ob3Format = "ob3.format";

    /// <summary>The credential expands as JSON-LD in safe mode with the bundled contexts (nothing dropped, no unknown context).</summary>
    public const string Ob3JsonLd = "ob3.jsonld";

    /// <summary>The first <c>@context</c> is the VC 2.0 (or VC 1.1) context and an Open Badges 3.0 or CLR 2.0 context is present.</summary>
    public const string Ob3Context = "ob3.context";

    /// <summary>The <c>type</c> includes <c>VerifiableCredential</c> and an Open Badges or CLR credential type.</summary>
    public const string Ob3Type = "ob3.type";

    /// <summary>The credential subject has an <c>id</c> or an <c>identifier</c>.</summary>
    public const string Ob3SubjectIdentified = "ob3.subject-identified";

    /// <summary>The embedded proof: passed when a supported proof verifies; failed when there is none; not checked for unsupported proof types.</summary>
    public const string Ob3Proof = "ob3.proof";

    /// <summary>The refresh service (optional; skipped).</summary>
    public const string Ob3Refresh = "ob3.refresh";

    /// <summary>The validity period: passed when within it; failed when a date is not an <c>xsd:dateTime</c>.</summary>
    public const string Ob3Validity = "ob3.validity";

    /// <summary>The credential's <c>validFrom</c> (VC 1.1 <c>issuanceDate</c>) is in the future.</summary>
    public const string Ob3NotYetValid = "ob3.not-yet-valid";

    /// <summary>The credential's <c>validUntil</c> (VC 1.1 <c>expirationDate</c>) is in the past.</summary>
    public const string Ob3Expired = "ob3.expired";

    /// <summary>The credential was awarded to the expected recipient (subject id, or a plain or <c>sha256$</c>-hashed identifier).</summary>
    public const string Ob3Recipient = "ob3.recipient";

    // Data Integrity (VC Data Integrity codes verbatim)

    /// <summary>VC Data Integrity: the proof is missing required members, or its <c>proofValue</c> is not a valid multibase signature.</summary>
    public const string MalformedProofError = "MALFORMED_PROOF_ERROR";

    /// <summary>VC Data Integrity: the proof purpose is not the expected one, or the verification method is not authorized for it.</summary>
    public const string MismatchedProofPurposeError = "MISMATCHED_PROOF_PURPOSE_ERROR";

    /// <summary>VC Data Integrity: the document could not be transformed (canonicalized in JSON-LD safe mode).</summary>
    public const string ProofTransformationError = "PROOF_TRANSFORMATION_ERROR";

    /// <summary>VC Data Integrity: the signature does not verify.</summary>
    public const string ProofVerificationError = "PROOF_VERIFICATION_ERROR";

    /// <summary>The proof's verification method is controlled by the credential's issuer; skipped when the issuer id (a <c>urn:uuid:</c>) names no controller.</summary>
    public const string Ob3IssuerKey = "ob3.issuer-key";

    /// <summary>A warning on a passed check: the proof verifies only with the JavaScript stack's UTF-16 sort order, not RDFC-1.0's code point order.</summary>
    public const string InteropJsonLdJsQuirk = "interop.jsonld-js-quirk";
}
