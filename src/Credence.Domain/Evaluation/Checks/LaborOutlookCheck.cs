using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Employment in the target occupations is projected to grow at least a minimum percentage.</summary>
internal sealed class LaborOutlookCheck : LaborMarketCheck
{
    public override string Name => "labor-outlook";

    public override string Description => "Each target occupation's projected employment change is at least the minimum growth.";

    public override IReadOnlyList<CheckParameter> Parameters { get; } =
    [
        new("min-growth-percent", ParameterKind.Number, "0", "The least projected employment change, in percent, over the projection period."),
    ];

    protected override CheckOutcome Judge(IReadOnlyList<string> occupations, RegionRef region, ILaborMarketFacts facts, CheckArguments arguments)
    {
        var minimum = arguments.Number("min-growth-percent");
        var evidence = new List<Evidence>(occupations.Count);
        int passing = 0, decided = 0;
        foreach (var soc in occupations)
        {
            var outlook = facts.FindOutlook(soc);
            if (outlook?.EmploymentChangePercent is not { } change)
            {
                evidence.Add(new Evidence($"outlook {soc}", Format.MissingValue));
                continue;
            }

            decided++;
            evidence.Add(new Evidence($"outlook {soc}", $"{Format.Of(change)}% ({outlook.Period})", outlook.Source));
            if (change >= minimum)
            {
                passing++;
            }
        }

        return Combine(passing, decided, occupations.Count, "outlook",
            $"Target occupations projected to grow at least {Format.Of(minimum)}%, or redirect the skills toward growing ones.", evidence);
    }
}
