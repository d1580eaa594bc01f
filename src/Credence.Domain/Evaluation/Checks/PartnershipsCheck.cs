using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Partner institutions the microcredential is developed, offered or recognised with are named.</summary>
internal sealed class PartnershipsCheck : ListCountCheck
{
    public override string Name => "partnerships";

    public override string Description => "Partner institutions (co-development, recognition, shared delivery) are named.";

    protected override string Field => "partnerships";

    protected override string Noun => "partner institutions";

    protected override string DefaultMinimum => "1";

    protected override string MissingRecommendation => "Record partner institutions, professional associations or community organisations the credential is built or delivered with.";

    protected override string ShortRecommendation => "Add partners: other institutions for credit recognition, associations or community organisations for co-delivery.";

    protected override IReadOnlyList<string> Read(Microcredential microcredential) =>
        microcredential.Partnerships.Select(p => p.Role is null ? p.Institution : $"{p.Institution} ({p.Role})").ToList();
}
