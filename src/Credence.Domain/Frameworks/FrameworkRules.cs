using Credence.Domain.Evaluation;
using Credence.Domain.Evaluation.Checks;

namespace Credence.Domain.Frameworks;

/// <summary>The rules a framework must keep to be evaluated: unique ids, known checks and parameters, readable values, checks that fit the subjects.</summary>
internal static class FrameworkRules
{
    /// <summary>A broken rule; <paramref name="Where"/> is the key path (<c>principles[0].criteria[1].parameters.max-weeks</c>).</summary>
    internal sealed record Problem(string Code, string Where, string Message);

    public static IEnumerable<Problem> Validate(ValueFramework framework)
    {
        if (string.IsNullOrWhiteSpace(framework.Id))
        {
            yield return new Problem(RuleCodes.MissingField, "id", "The framework has no id.");
        }

        if (framework.AppliesTo.Count == 0)
        {
            yield return new Problem(RuleCodes.MissingField, "appliesTo", "The framework applies to nothing.");
        }

        if (framework.Principles.Count == 0)
        {
            yield return new Problem(RuleCodes.MissingField, "principles", "The framework has no principles.");
        }

        var principleIds = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < framework.Principles.Count; p++)
        {
            var principle = framework.Principles[p];
            var where = $"principles[{p}]";
            if (!principleIds.Add(principle.Id))
            {
                yield return new Problem(RuleCodes.DuplicateId, $"{where}.id", $"Principle id '{principle.Id}' is used twice.");
            }

            if (!IsWeight(principle.Weight))
            {
                yield return new Problem(RuleCodes.InvalidValue, $"{where}.weight", $"Weight {principle.Weight} is not a non-negative number.");
            }

            var criterionIds = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < principle.Criteria.Count; c++)
            {
                var criterion = principle.Criteria[c];
                var at = $"{where}.criteria[{c}]";
                if (!criterionIds.Add(criterion.Id))
                {
                    yield return new Problem(RuleCodes.DuplicateId, $"{at}.id", $"Criterion id '{criterion.Id}' is used twice in principle '{principle.Id}'.");
                }

                foreach (var problem in Validate(criterion, framework.AppliesTo, at))
                {
                    yield return problem;
                }
            }
        }
    }

    public static IEnumerable<Problem> Validate(Criterion criterion, IReadOnlyList<SubjectKind> frameworkKinds, string at)
    {
        if (!IsWeight(criterion.Weight))
        {
            yield return new Problem(RuleCodes.InvalidValue, $"{at}.weight", $"Weight {criterion.Weight} is not a non-negative number.");
        }

        foreach (var kind in criterion.AppliesTo.Where(k => !frameworkKinds.Contains(k)))
        {
            yield return new Problem(RuleCodes.InvalidValue, $"{at}.appliesTo", $"The criterion applies to {kind}, which its framework does not judge.");
        }

        var hasCheck = criterion.Check is not null;
        var hasAttestation = criterion.Attestation is not null;
        if (hasCheck == hasAttestation)
        {
            yield return new Problem(RuleCodes.CriterionKind, at, "A criterion has either a check or an attestation, not both or neither.");
            yield break;
        }

        IReadOnlyList<CheckParameter> parameters;
        if (criterion.Check is { } name)
        {
            if (!CheckLibrary.All.TryGetValue(name, out var check))
            {
                yield return new Problem(RuleCodes.UnknownCheck, $"{at}.check", $"There is no check named '{name}'.");
                yield break;
            }

            var kinds = criterion.AppliesTo.Count > 0 ? criterion.AppliesTo : frameworkKinds;
            foreach (var kind in kinds.Where(k => !check.Supports(k)))
            {
                yield return new Problem(RuleCodes.CheckNotApplicable, $"{at}.check", $"Check '{name}' cannot judge a {kind}; limit the criterion with appliesTo.");
            }

            parameters = check.Parameters;
        }
        else
        {
            parameters = CheckLibrary.AttestationParameters;
        }

        foreach (var (key, value) in criterion.Parameters)
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == key);
            if (parameter is null)
            {
                yield return new Problem(RuleCodes.UnknownParameter, $"{at}.parameters.{key}", $"'{key}' is not a parameter of {criterion.Check ?? "an attestation"}.");
            }
            else if (parameter.Validate(value) is { } reason)
            {
                yield return new Problem(RuleCodes.InvalidParameter, $"{at}.parameters.{key}", reason);
            }
        }

        foreach (var parameter in parameters.Where(p => p.Required && !criterion.Parameters.ContainsKey(p.Name)))
        {
            yield return new Problem(RuleCodes.MissingField, $"{at}.parameters", $"Check '{criterion.Check}' needs the parameter '{parameter.Name}'.");
        }
    }

    private static bool IsWeight(double weight) => double.IsFinite(weight) && weight >= 0;
}
