namespace Credence.LaborMarket.Model;

/// <summary>An occupation's O*NET rating of an element: importance (1–5) and level (0–7, absent for work styles).</summary>
internal sealed record ElementRating(string OnetSocCode, string ElementId, decimal Importance, decimal? Level);
