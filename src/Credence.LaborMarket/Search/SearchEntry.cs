using Credence.Domain.Microcredentials;

namespace Credence.LaborMarket.Search;

/// <summary>A searchable skill or occupation; <see cref="Weight"/> ranks entries that match equally well.</summary>
internal sealed record SearchEntry(SkillFramework Framework, string? Code, string? Uri, string Name, string Category, int Weight);
