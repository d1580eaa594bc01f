namespace Credence.LaborMarket.Model;

/// <summary>A row of the CIP 2020 ↔ SOC 2018 crosswalk.</summary>
internal sealed record CipSocLink(string CipCode, string CipTitle, string SocCode, string SocTitle);
