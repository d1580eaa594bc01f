using Credence.Domain.Evaluation.Checks;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Evaluation;

/// <summary>A criterion with its full id, check and read parameters.</summary>
internal sealed record CompiledCriterion(
    string FullId,
    Criterion Criterion,
    Check? Check,
    CheckArguments? Arguments,
    bool ForMicrocredentials,
    bool ForPathways)
{
    public bool AppliesTo(SubjectKind kind) => kind == SubjectKind.Microcredential ? ForMicrocredentials : ForPathways;
}
