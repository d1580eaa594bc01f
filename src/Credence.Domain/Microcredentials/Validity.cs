namespace Credence.Domain.Microcredentials;

/// <summary>How long an awarded credential stays valid.</summary>
public sealed record Validity
{
    /// <summary>Months until it expires; null when it does not expire.</summary>
    public int? Months { get; init; }

    /// <summary>How to renew it, where it expires.</summary>
    public string? Renewal { get; init; }
}
