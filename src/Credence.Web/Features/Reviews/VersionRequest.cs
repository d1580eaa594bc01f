using Credence.Persistence.Designs;

namespace Credence.Web.Features.Reviews;

/// <summary>The version a request names: a choice (published, draft, newest) or a number.</summary>
internal sealed record VersionRequest(DesignVersionChoice? Choice, int? Number);
