using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The pathway stacks two or more credentials toward a further credential, up to a degree.</summary>
internal sealed class PathwayStackableCredentialsCheck : Check, IPathwayCheck
{
    private static readonly string[] Kinds = Enum.GetValues<StackTargetKind>().Select(k => Format.Kebab(k)).ToArray();

    public override string Name => "pathway-stackable-credentials";

    public override string Description => "At least the minimum number of microcredentials, stacking into a further credential of the named kinds; another stack target is partly met.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("min-credentials", ParameterKind.Integer, "2", "How many microcredentials the pathway must stack."),
        new("toward-kinds", ParameterKind.List, "associate-degree,bachelor-degree", "The kinds of further credential that fully meet the criterion.", Kinds),
    ];

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context)
    {
        if (pathway.Stages.Count == 0)
        {
            return PathwayRoute.NoStagesOutcome();
        }

        var credentials = pathway.Stages.SelectMany(s => s.Microcredentials).Distinct(StringComparer.Ordinal).Count();
        var minimum = arguments.Integer("min-credentials");
        var evidence = new[]
        {
            new Evidence("stages[*].microcredentials", Format.Of(credentials)),
            new Evidence("stacksInto", Format.Of(pathway.StacksInto.Select(t => $"{t.Credential} ({Format.Kebab(t.Kind)})").ToList())),
        };
        if (credentials < minimum)
        {
            return CheckOutcome.NotMet($"The pathway has {Format.Of(credentials)} microcredentials, fewer than {Format.Of(minimum)}.", $"Build the pathway from at least {Format.Of(minimum)} stackable microcredentials.", evidence);
        }

        if (pathway.StacksInto.Count == 0)
        {
            return CheckOutcome.Missing("What the pathway stacks into is not recorded.", "Record the certificates, degrees or certifications the pathway stacks into, with the credit carried.", evidence);
        }

        var kinds = arguments.List("toward-kinds");
        return pathway.StacksInto.Any(t => kinds.Contains(Format.Kebab(t.Kind)))
            ? CheckOutcome.Met($"{Format.Of(credentials)} microcredentials stack toward a {string.Join(" or ", kinds)}.", evidence)
            : CheckOutcome.PartlyMet($"{Format.Of(credentials)} microcredentials stack, but not toward a {string.Join(" or ", kinds)}.", $"Agree how the pathway's credit carries into a {string.Join(" or ", kinds)}.", evidence);
    }
}
