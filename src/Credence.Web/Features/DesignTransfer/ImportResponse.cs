namespace Credence.Web.Features.DesignTransfer;

/// <summary>What an import saved: how many microcredentials, pathways and scorecards, and whether they were published.</summary>
internal sealed record ImportResponse(int Microcredentials, int Pathways, int Scorecards, bool Published);
