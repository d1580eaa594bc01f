using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A stage with its microcredentials.</summary>
internal sealed record ResolvedStage(PathwayStage Stage, IReadOnlyList<Microcredential> Microcredentials);
