using Credence.Domain.Evaluation;

namespace Credence.Domain.Frameworks;

/// <summary>Applies an institution's <see cref="FrameworkOverride"/> to a framework.</summary>
public static class FrameworkOverrides
{
    /// <summary>Lists every problem applying the override would meet: another framework, unknown principles or criteria, and rules the result would break.</summary>
    /// <remarks>The errors carry <paramref name="path"/> and the key in <see cref="FrameworkError.Field"/>; line and column are 0.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<FrameworkError> Validate(ValueFramework framework, FrameworkOverride @override, string path = "")
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(@override);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<FrameworkError>();
        void Add(string code, string field, string message) => errors.Add(new FrameworkError(code, message, path, 0, 0, field));

        if (!string.Equals(@override.Framework, framework.Id, StringComparison.Ordinal))
        {
            Add(RuleCodes.FrameworkMismatch, "framework", $"The override is for '{@override.Framework}', not '{framework.Id}'.");
            return errors;
        }

        var principles = framework.Principles.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var criteria = framework.Principles.SelectMany(p => p.Criteria.Select(c => $"{p.Id}.{c.Id}")).ToHashSet(StringComparer.Ordinal);
        foreach (var id in @override.PrincipleWeights.Keys.Where(id => !principles.Contains(id)))
        {
            Add(RuleCodes.UnknownPrinciple, $"weights.principles.{id}", $"The framework has no principle '{id}'.");
        }

        var criterionKeys = @override.CriterionWeights.Keys.Select(k => ("weights.criteria", k))
            .Concat(@override.Parameters.Keys.Select(k => ("parameters", k)))
            .Concat(@override.Disabled.Select(k => ("disabled", k)));
        foreach (var (section, key) in criterionKeys.Where(k => !criteria.Contains(k.Item2)))
        {
            Add(RuleCodes.UnknownCriterion, $"{section}.{key}", $"The framework has no criterion '{key}'.");
        }

        foreach (var added in @override.AddedCriteria)
        {
            if (!principles.Contains(added.Principle))
            {
                Add(RuleCodes.UnknownPrinciple, $"addedCriteria.{added.Principle}.{added.Criterion.Id}", $"The framework has no principle '{added.Principle}'.");
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var problem in FrameworkRules.Validate(Build(framework, @override)))
        {
            Add(problem.Code, problem.Where, problem.Message);
        }

        return errors;
    }

    /// <summary>Returns the framework with the override applied; the framework itself is not changed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The override does not fit the framework (see <see cref="Validate"/>).</exception>
    public static ValueFramework Apply(ValueFramework framework, FrameworkOverride @override)
    {
        var errors = Validate(framework, @override);
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The override does not fit framework '{framework.Id}': {string.Join("; ", errors.Select(e => $"{e.Code} at {e.Field}: {e.Message}"))}",
                nameof(@override));
        }

        return Build(framework, @override);
    }

    private static ValueFramework Build(ValueFramework framework, FrameworkOverride @override)
    {
        var disabled = @override.Disabled.ToHashSet(StringComparer.Ordinal);
        var principles = framework.Principles.Select(principle =>
        {
            var criteria = principle.Criteria
                .Where(c => !disabled.Contains($"{principle.Id}.{c.Id}"))
                .Select(c => Change(c, $"{principle.Id}.{c.Id}", @override))
                .Concat(@override.AddedCriteria.Where(a => a.Principle == principle.Id).Select(a => a.Criterion))
                .ToList();
            return principle with
            {
                Weight = @override.PrincipleWeights.TryGetValue(principle.Id, out var weight) ? weight : principle.Weight,
                Criteria = criteria,
            };
        }).ToList();

        return framework with
        {
            Id = @override.Id ?? framework.Id,
            Version = @override.VersionSuffix is { } suffix ? $"{framework.Version}+{suffix}" : framework.Version,
            Principles = principles,
        };
    }

    private static Criterion Change(Criterion criterion, string key, FrameworkOverride @override)
    {
        var changed = criterion;
        if (@override.CriterionWeights.TryGetValue(key, out var weight))
        {
            changed = changed with { Weight = weight };
        }

        if (@override.Parameters.TryGetValue(key, out var parameters))
        {
            var merged = new Dictionary<string, string>(criterion.Parameters, StringComparer.Ordinal);
            foreach (var (name, value) in parameters)
            {
                merged[name] = value;
            }

            changed = changed with { Parameters = merged };
        }

        return changed;
    }
}
