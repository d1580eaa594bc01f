namespace Credence.Web.Features.DesignTransfer;

/// <summary>What an import saved: how many microcredentials, pathways and scorecards, whether they were published, and how many proficiency scales were stored.</summary>
internal sealed record ImportResponse(int Microcredentials, int Pathways, int Scorecards, bool Published, int Scales);
