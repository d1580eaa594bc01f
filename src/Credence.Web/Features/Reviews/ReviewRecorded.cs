using Credence.Web.Features.Designs;

namespace Credence.Web.Features.Reviews;

/// <summary>The answer to a recorded review: the review and the version's scorecards made with it.</summary>
internal sealed record ReviewRecorded(ReviewResponse Review, IReadOnlyList<ScorecardResponse> Scorecards);
