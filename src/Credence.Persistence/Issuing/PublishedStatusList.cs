namespace Credence.Persistence.Issuing;

/// <summary>A signed <c>BitstringStatusListCredential</c> as published, with what HTTP caching needs.</summary>
/// <param name="Json">The signed list credential.</param>
/// <param name="SignedAt">When it was signed (<c>Last-Modified</c>).</param>
/// <param name="Version">Its publication number (an <c>ETag</c>).</param>
public sealed record PublishedStatusList(string Json, DateTimeOffset SignedAt, int Version);
