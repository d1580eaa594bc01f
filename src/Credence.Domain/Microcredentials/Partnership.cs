namespace Credence.Domain.Microcredentials;

/// <summary>Another institution a microcredential is developed, offered or recognised with.</summary>
public sealed record Partnership
{
    /// <summary>The partner institution.</summary>
    public required string Institution { get; init; }

    /// <summary>What the partnership covers (co-development, recognition, shared delivery, transfer).</summary>
    public string? Role { get; init; }
}
