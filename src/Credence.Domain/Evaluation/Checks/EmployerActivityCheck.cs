using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>At least a minimum number of employers did one of the named activities (co-designed, validated, endorsed, …).</summary>
internal class EmployerActivityCheck : Check, IMicrocredentialCheck, IPathwayCheck
{
    private static readonly string[] Activities = Enum.GetValues<EngagementActivity>().Select(a => Format.Kebab(a)).ToArray();

    private static readonly IndexedField PartnerField = new("employerPartners");

    public override string Name => "employer-activity";

    public override string Description => "At least a minimum number of employers did one of the named activities, optionally within a maximum age.";

    public override IReadOnlyList<CheckParameter> Parameters =>
    [
        new("activities", ParameterKind.List, DefaultActivities, "The employer activities that count.", Activities),
        new("min-count", ParameterKind.Integer, "1", "How many employers must have done one of them."),
        new("max-age-months", ParameterKind.Integer, null, "When set, only engagements dated within this many months count."),
    ];

    protected virtual string DefaultActivities => "co-designed";

    public CheckOutcome Evaluate(Microcredential microcredential, CheckArguments arguments, EvaluationContext context) =>
        Judge(microcredential.EmployerPartners, arguments, context);

    public CheckOutcome Evaluate(Pathway pathway, CheckArguments arguments, EvaluationContext context) =>
        Judge(pathway.EmployerPartners, arguments, context);

    private static CheckOutcome Judge(IReadOnlyList<EmployerEngagement> partners, CheckArguments arguments, EvaluationContext context)
    {
        var activities = arguments.List("activities");
        var described = string.Join(" or ", activities);
        if (partners.Count == 0)
        {
            return CheckOutcome.Missing(
                "No employer partners are recorded.",
                $"Record the employers you work with and what each did ({described}), with dates.",
                new Evidence("employerPartners", "none"));
        }

        var minimum = arguments.Integer("min-count");
        var maxAge = arguments.OptionalNumber("max-age-months") is { } m ? (int)m : (int?)null;
        var evidence = new List<Evidence>(partners.Count);
        var count = 0;
        for (var i = 0; i < partners.Count; i++)
        {
            var partner = partners[i];
            var did = new string[partner.Activities.Count];
            var matches = false;
            for (var a = 0; a < did.Length; a++)
            {
                did[a] = Format.Kebab(partner.Activities[a]);
                matches |= activities.Contains(did[a]);
            }

            evidence.Add(new Evidence(PartnerField[i], $"{partner.Employer}: {Format.Of(did)} ({Format.Of(partner.Date)})"));
            var counts = matches
                && (maxAge is null || (partner.Date is { } date && date >= context.AsOf.AddMonths(-maxAge.Value)));
            if (counts)
            {
                count++;
            }
        }

        var within = maxAge is null ? string.Empty : $" within {Format.Of(maxAge.Value)} months";
        if (count >= minimum)
        {
            return CheckOutcome.Met($"{Format.Of(count)} employers {described}{within} (at least {Format.Of(minimum)}).", evidence);
        }

        var recommendation = $"Engage {Format.Of(minimum - count)} more employers to {described} the design{within}, and record the evidence.";
        return count > 0
            ? CheckOutcome.PartlyMet($"{Format.Of(count)} employers {described}{within}, fewer than {Format.Of(minimum)}.", recommendation, evidence)
            : CheckOutcome.NotMet($"No employer {described}{within}.", recommendation, evidence);
    }
}
