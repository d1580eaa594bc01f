using Credence.Persistence.Entities;

namespace Credence.Web.Features.Reviews;

/// <summary>One version of a design in a list: its number and status.</summary>
internal sealed record VersionSummary(int Version, DesignVersionStatus Status);
