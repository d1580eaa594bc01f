namespace Credence.LaborMarket.Model;

/// <summary>An O*NET-SOC occupation with its job zone and alternate titles.</summary>
internal sealed record Occupation(string OnetSocCode, string Title, string Description, int? JobZone, string[] AlternateTitles)
{
    public string SocCode => OnetSocCode.Length >= 7 ? OnetSocCode[..7] : OnetSocCode;
}
