namespace Credence.LaborMarket.Model;

/// <summary>A row of the Nesta ESCO ↔ O*NET occupation crosswalk (O*NET-SOC 2010 codes; confidence 0.5, 1 or 2).</summary>
internal sealed record EscoOnetLink(string EscoUri, string EscoLabel, string OnetSocCode, decimal Confidence);
