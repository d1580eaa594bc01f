using Credence.Domain.Evaluation;

namespace Credence.Web.Features.VersionCompare;

/// <summary>A criterion's verdict in the older and the newer version (null where it was not evaluated).</summary>
internal sealed record CriterionChange(string CriterionId, string Title, CriterionStatus? Before, CriterionStatus? After);
