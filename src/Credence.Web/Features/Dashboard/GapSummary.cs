namespace Credence.Web.Features.Dashboard;

/// <summary>A criterion that designs of the portfolio fail or cannot show: how many designs it is not met for, how many lack the information, and which.</summary>
internal sealed record GapSummary(string CriterionId, string Title, string FrameworkId, int NotMet, int NotEnoughInformation, IReadOnlyList<DesignRef> Designs)
{
    /// <summary>How many designs have this gap.</summary>
    public int DesignsCount => NotMet + NotEnoughInformation;
}
