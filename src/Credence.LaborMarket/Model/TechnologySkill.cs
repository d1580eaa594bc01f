namespace Credence.LaborMarket.Model;

/// <summary>An O*NET technology skill example of an occupation, with its UNSPSC commodity and demand flags.</summary>
internal sealed record TechnologySkill(string OnetSocCode, string Example, string CommodityCode, string CommodityTitle, bool Hot, bool InDemand);
