using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Learner support services (advising, tutoring, career services, …) are named.</summary>
internal sealed class SupportServicesCheck : ListCountCheck
{
    public override string Name => "support-services";

    public override string Description => "Learner support services are named (at least a minimum number).";

    protected override string Field => "supportServices";

    protected override string Noun => "support services";

    protected override string DefaultMinimum => "2";

    protected override string MissingRecommendation => "Name the support services learners can use: advising, tutoring, career services, accessibility services.";

    protected override string ShortRecommendation => "Add support services such as advising, tutoring and career guidance.";

    protected override IReadOnlyList<string> Read(Microcredential microcredential) => microcredential.SupportServices;
}
