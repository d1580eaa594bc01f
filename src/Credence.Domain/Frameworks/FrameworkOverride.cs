using System.Collections.Frozen;

namespace Credence.Domain.Frameworks;

/// <summary>An institution's changes to a framework: weights, check parameters, disabled and added criteria, and optionally a new id or version suffix.</summary>
/// <remarks>Criteria are named <c>principle.criterion</c> within the framework (for example <c>access.open-entry</c>).</remarks>
public sealed record FrameworkOverride
{
    /// <summary>The id of the framework it changes.</summary>
    public required string Framework { get; init; }

    /// <summary>A new id for the changed framework, or null to keep the framework's id.</summary>
    public string? Id { get; init; }

    /// <summary>A suffix added to the framework's version (<c>1.0+lakeshore</c>), or null to keep the version.</summary>
    public string? VersionSuffix { get; init; }

    /// <summary>New weights of principles, by principle id.</summary>
    public IReadOnlyDictionary<string, double> PrincipleWeights { get; init; } = FrozenDictionary<string, double>.Empty;

    /// <summary>New weights of criteria, by <c>principle.criterion</c>.</summary>
    public IReadOnlyDictionary<string, double> CriterionWeights { get; init; } = FrozenDictionary<string, double>.Empty;

    /// <summary>Parameter values set on criteria, by <c>principle.criterion</c>; each replaces the value of the same name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parameters { get; init; } =
        FrozenDictionary<string, IReadOnlyDictionary<string, string>>.Empty;

    /// <summary>Criteria left out, by <c>principle.criterion</c>.</summary>
    public IReadOnlyList<string> Disabled { get; init; } = [];

    /// <summary>Criteria added to principles.</summary>
    public IReadOnlyList<AddedCriterion> AddedCriteria { get; init; } = [];
}
