namespace Credence.LaborMarket.Model;

/// <summary>Every table of a labor-market dataset, with the vintage of each section.</summary>
internal sealed record LaborMarketData
{
    public IReadOnlyList<Occupation> Occupations { get; init; } = [];

    public IReadOnlyList<ContentElement> Elements { get; init; } = [];

    public IReadOnlyList<ElementRating> Ratings { get; init; } = [];

    public IReadOnlyList<TechnologySkill> TechnologySkills { get; init; } = [];

    public IReadOnlyList<WageRow> Wages { get; init; } = [];

    public IReadOnlyList<Projection> Projections { get; init; } = [];

    public IReadOnlyList<CipSocLink> CipSoc { get; init; } = [];

    public IReadOnlyList<EscoOccupation> EscoOccupations { get; init; } = [];

    public IReadOnlyList<EscoSkill> EscoSkills { get; init; } = [];

    public IReadOnlyList<EscoOnetLink> EscoOnet { get; init; } = [];

    public IReadOnlyList<DurableSkill> DurableSkills { get; init; } = [];

    public IReadOnlyList<PriceParity> PriceParities { get; init; } = [];

    /// <summary>Section name (<see cref="DataSections"/>) to the source and release it was built from.</summary>
    public IReadOnlyDictionary<string, string> Vintages { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
