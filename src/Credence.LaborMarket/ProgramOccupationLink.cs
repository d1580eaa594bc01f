namespace Credence.LaborMarket;

/// <summary>A link of the CIP 2020 ↔ SOC 2018 crosswalk: an instructional program and an occupation it prepares for.</summary>
/// <param name="CipCode">The CIP 2020 code (<c>11.0701</c>), as text with its leading zero.</param>
/// <param name="CipTitle">The program's title.</param>
/// <param name="SocCode">The SOC 2018 code.</param>
/// <param name="SocTitle">The occupation's title.</param>
public sealed record ProgramOccupationLink(string CipCode, string CipTitle, string SocCode, string SocTitle);
