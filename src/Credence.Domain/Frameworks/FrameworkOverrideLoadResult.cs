namespace Credence.Domain.Frameworks;

/// <summary>The result of loading an institution's override: the override when the text was valid, and every problem found.</summary>
/// <param name="Override">The override, or null when there were errors.</param>
/// <param name="Errors">Every problem found, in document order.</param>
public sealed record FrameworkOverrideLoadResult(FrameworkOverride? Override, IReadOnlyList<FrameworkError> Errors)
{
    /// <summary>True when any problem was found.</summary>
    public bool HasErrors => Errors.Count > 0;
}
