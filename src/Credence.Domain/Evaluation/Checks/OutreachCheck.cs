using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Outreach to under-served learners is named.</summary>
internal sealed class OutreachCheck : ListCountCheck
{
    public override string Name => "outreach";

    public override string Description => "Outreach to under-served learners is named (at least a minimum number of efforts).";

    protected override string Field => "outreach";

    protected override string Noun => "outreach efforts";

    protected override string DefaultMinimum => "1";

    protected override string MissingRecommendation => "Record outreach to under-served learners: adult learners, veterans, first-generation students, community organisations.";

    protected override string ShortRecommendation => "Broaden outreach to further under-served groups.";

    protected override IReadOnlyList<string> Read(Microcredential microcredential) => microcredential.Outreach;
}
