namespace Credence.LaborMarket.Model;

/// <summary>An ESCO occupation with its ISCO code and alternative labels.</summary>
internal sealed record EscoOccupation(string Uri, string IscoCode, string Label, string[] AltLabels);
