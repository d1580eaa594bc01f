namespace Credence.Domain.Frameworks;

/// <summary>The result of loading a framework: the framework when the text was valid, and every problem found.</summary>
/// <param name="Framework">The framework, or null when there were errors.</param>
/// <param name="Errors">Every problem found, in document order.</param>
public sealed record FrameworkLoadResult(ValueFramework? Framework, IReadOnlyList<FrameworkError> Errors)
{
    /// <summary>True when any problem was found.</summary>
    public bool HasErrors => Errors.Count > 0;
}
