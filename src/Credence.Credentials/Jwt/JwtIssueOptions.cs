namespace Credence.Credentials.Jwt;

/// <summary>How <see cref="VcJwt.Issue"/> identifies the signing key in the JWS header.</summary>
public sealed record JwtIssueOptions
{
    /// <summary>Gets the key id written as <c>kid</c> (a verification method id, for example <c>did:web:…#z6Mk…</c>); when null the public key is embedded as <c>jwk</c>.</summary>
    public string? KeyId { get; init; }

    /// <summary>Gets the time written as <c>iat</c>; when null no <c>iat</c> claim is written.</summary>
    public DateTimeOffset? IssuedAt { get; init; }
}
