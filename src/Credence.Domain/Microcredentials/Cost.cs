using Credence.Domain.Common;

namespace Credence.Domain.Microcredentials;

/// <summary>What a microcredential costs a learner, before financial aid.</summary>
public sealed record Cost
{
    /// <summary>The ISO 4217 currency of every amount.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Tuition.</summary>
    public decimal? Tuition { get; init; }

    /// <summary>Fees (registration, assessment, credential).</summary>
    public decimal? Fees { get; init; }

    /// <summary>Books, materials and equipment.</summary>
    public decimal? Materials { get; init; }

    /// <summary>Whether the learning materials are open educational resources (free to use).</summary>
    public bool OpenEducationalResources { get; init; }

    /// <summary>Financial aid, scholarships or employer sponsorship available.</summary>
    public IReadOnlyList<string> FinancialAid { get; init; } = [];

    /// <summary>Tuition + fees + materials, or null when none of them is given.</summary>
    public Money? Total =>
        Tuition is null && Fees is null && Materials is null
            ? null
            : new Money((Tuition ?? 0) + (Fees ?? 0) + (Materials ?? 0), Currency);
}
