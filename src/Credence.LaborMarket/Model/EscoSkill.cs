namespace Credence.LaborMarket.Model;

/// <summary>An ESCO skill: URI where known, preferred and alternative labels, reuse level and how many occupations list it.</summary>
internal sealed record EscoSkill(string? Uri, string Label, string[] AltLabels, string ReuseLevel, int OccupationsEssential, int OccupationsOptional);
