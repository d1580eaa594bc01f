using Credence.Web.Features.Designs;

namespace Credence.Web.Features.Employers;

/// <summary>The answer to a recorded engagement: the engagement and the rescored scorecards of the design's newest version.</summary>
internal sealed record EngagementRecorded(EngagementResponse Engagement, IReadOnlyList<ScorecardResponse> Scorecards);
