namespace Credence.Web.Features.Issuing;

/// <summary>What recording results led to: an award when every competency is now mastered, else the competencies still outstanding.</summary>
internal sealed record RecordResultsResponse(bool Awarded, long? AwardId, IReadOnlyList<string> Outstanding);
