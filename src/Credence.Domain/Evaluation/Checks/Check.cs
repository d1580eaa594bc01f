using Credence.Domain.Frameworks;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A named predicate of the check library; a criterion names it and gives its parameters.</summary>
/// <remarks>A check judges microcredentials when it implements <see cref="IMicrocredentialCheck"/> and pathways when it implements <see cref="IPathwayCheck"/>.</remarks>
internal abstract class Check
{
    /// <summary>The name criteria use (kebab-case).</summary>
    public abstract string Name { get; }

    /// <summary>What the check judges, for the documentation.</summary>
    public abstract string Description { get; }

    /// <summary>The parameters it takes.</summary>
    public virtual IReadOnlyList<CheckParameter> Parameters => [];

    /// <summary>Whether the check can judge this kind of subject.</summary>
    public bool Supports(SubjectKind kind) => kind switch
    {
        SubjectKind.Microcredential => this is IMicrocredentialCheck,
        SubjectKind.Pathway => this is IPathwayCheck,
        _ => false,
    };
}
