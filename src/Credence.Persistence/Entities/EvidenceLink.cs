namespace Credence.Persistence.Entities;

/// <summary>A link to evidence a reviewer relied on.</summary>
public sealed class EvidenceLink
{
    /// <summary>Where the evidence is.</summary>
    public required string Url { get; set; }

    /// <summary>What it is.</summary>
    public string? Title { get; set; }
}
