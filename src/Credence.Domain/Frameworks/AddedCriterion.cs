namespace Credence.Domain.Frameworks;

/// <summary>A criterion an institution adds to a principle of a framework.</summary>
/// <param name="Principle">The id of the principle it joins.</param>
/// <param name="Criterion">The criterion.</param>
public sealed record AddedCriterion(string Principle, Criterion Criterion);
