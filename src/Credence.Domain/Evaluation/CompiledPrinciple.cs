using Credence.Domain.Frameworks;

namespace Credence.Domain.Evaluation;

/// <summary>A principle with its compiled criteria.</summary>
internal sealed record CompiledPrinciple(Principle Principle, IReadOnlyList<CompiledCriterion> Criteria);
