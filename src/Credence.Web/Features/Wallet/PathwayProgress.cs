namespace Credence.Web.Features.Wallet;

/// <summary>A learner's progress along one published pathway: each stage done or not, the next one, what it stacks into, and the
/// occupations each off-ramp opens (unlocked once its stage is done).</summary>
internal sealed record PathwayProgress(
    string InstitutionSlug,
    string Id,
    string Title,
    IReadOnlyList<PathwayProgress.Stage> Stages,
    string? NextStage,
    IReadOnlyList<string> StacksInto,
    IReadOnlyList<PathwayProgress.OffRampProgress> OffRamps)
{
    /// <summary>One stage: its microcredentials, which of them are held, and whether the stage's rule is met.</summary>
    internal sealed record Stage(string Id, string Title, bool Done, int Required, IReadOnlyList<Item> Microcredentials);

    /// <summary>A microcredential of a stage and whether the learner holds an active credential for it.</summary>
    internal sealed record Item(string Id, string Title, bool Held);

    /// <summary>An exit after a stage and the occupations it leads to (SOC code and title).</summary>
    internal sealed record OffRampProgress(string AfterStage, string? Title, bool Unlocked, IReadOnlyList<Occupation> Occupations);

    /// <summary>An occupation an off-ramp opens.</summary>
    internal sealed record Occupation(string SocCode, string Title);
}
