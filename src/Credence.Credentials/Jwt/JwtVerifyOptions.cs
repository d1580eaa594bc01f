using Credence.Credentials.Fetching;

namespace Credence.Credentials.Jwt;

/// <summary>Inputs of <see cref="VcJwt.VerifyAsync"/>: where keys come from and what time it is.</summary>
public sealed record JwtVerifyOptions
{
    /// <summary>Gets the fetcher for <c>did:web</c> and HTTPS key ids; null to verify offline (such keys are then not checked).</summary>
    public IDocumentFetcher? Fetcher { get; init; }

    /// <summary>Gets the clock that <c>nbf</c> and <c>exp</c> are compared with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the tolerance for clocks that disagree, applied to <c>nbf</c> and <c>exp</c> (default 5 minutes).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);
}
