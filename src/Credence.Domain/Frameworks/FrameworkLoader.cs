using System.Globalization;
using Credence.Domain.Evaluation;
using YamlDotNet.RepresentationModel;

namespace Credence.Domain.Frameworks;

/// <summary>Reads value frameworks and institution overrides from YAML text; never throws on bad text, every problem comes back with its line and column.</summary>
/// <remarks>The format is described in <c>docs/frameworks.md</c>.</remarks>
public static class FrameworkLoader
{
    private static readonly string[] FrameworkKeys = ["id", "version", "title", "description", "source", "appliesTo", "principles"];
    private static readonly string[] PrincipleKeys = ["id", "title", "description", "weight", "criteria"];
    private static readonly string[] CriterionKeys = ["id", "title", "description", "weight", "appliesTo", "check", "parameters", "attestation", "recommendation"];
    private static readonly string[] AddedCriterionKeys = [.. CriterionKeys, "principle"];
    private static readonly string[] OverrideKeys = ["framework", "id", "versionSuffix", "weights", "parameters", "disabled", "addedCriteria"];
    private static readonly string[] WeightKeys = ["principles", "criteria"];

    /// <summary>Loads a framework.</summary>
    /// <param name="path">The file (or name) the text came from, for the error locations.</param>
    /// <param name="yamlText">The YAML text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FrameworkLoadResult LoadFramework(string path, string yamlText)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yamlText);
        var reader = new YamlDocumentReader(path);
        var root = reader.Parse(yamlText);
        if (root is null)
        {
            return new FrameworkLoadResult(null, reader.Errors);
        }

        reader.Require(root, string.Empty, "id", "version", "title", "appliesTo", "principles");
        string? id = null, version = null, title = null, description = null, source = null;
        IReadOnlyList<SubjectKind> appliesTo = [];
        var principles = new List<Principle>();
        foreach (var (key, value, field) in reader.Entries(root, string.Empty, FrameworkKeys))
        {
            switch (key)
            {
                case "id": id = reader.Scalar(value, field); break;
                case "version": version = reader.Scalar(value, field); break;
                case "title": title = reader.Scalar(value, field); break;
                case "description": description = reader.Scalar(value, field); break;
                case "source": source = reader.Scalar(value, field); break;
                case "appliesTo": appliesTo = Kinds(reader, value, field); break;
                default:
                    if (reader.Sequence(value, field) is { } sequence)
                    {
                        for (var i = 0; i < sequence.Children.Count; i++)
                        {
                            if (ReadPrinciple(reader, sequence.Children[i], $"principles[{i}]") is { } principle)
                            {
                                principles.Add(principle);
                            }
                        }
                    }

                    break;
            }
        }

        if (reader.Errors.Count > 0 || id is null || version is null || title is null)
        {
            return new FrameworkLoadResult(null, reader.Errors);
        }

        var framework = new ValueFramework
        {
            Id = id,
            Version = version,
            Title = title,
            Description = description,
            Source = source,
            AppliesTo = appliesTo,
            Principles = principles,
        };
        foreach (var problem in FrameworkRules.Validate(framework))
        {
            reader.AddAt(problem.Code, problem.Where, problem.Message);
        }

        return reader.Errors.Count > 0 ? new FrameworkLoadResult(null, reader.Errors) : new FrameworkLoadResult(framework, []);
    }

    /// <summary>Loads an institution's override; apply it with <see cref="FrameworkOverrides.Apply"/> after <see cref="FrameworkOverrides.Validate"/>.</summary>
    /// <param name="path">The file (or name) the text came from, for the error locations.</param>
    /// <param name="yamlText">The YAML text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FrameworkOverrideLoadResult LoadOverride(string path, string yamlText)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yamlText);
        var reader = new YamlDocumentReader(path);
        var root = reader.Parse(yamlText);
        if (root is null)
        {
            return new FrameworkOverrideLoadResult(null, reader.Errors);
        }

        reader.Require(root, string.Empty, "framework");
        string? framework = null, id = null, suffix = null;
        var principleWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var criterionWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var disabled = new List<string>();
        var added = new List<AddedCriterion>();
        foreach (var (key, value, field) in reader.Entries(root, string.Empty, OverrideKeys))
        {
            switch (key)
            {
                case "framework": framework = reader.Scalar(value, field); break;
                case "id": id = reader.Scalar(value, field); break;
                case "versionSuffix": suffix = reader.Scalar(value, field); break;
                case "weights":
                    ReadWeights(reader, value, field, principleWeights, criterionWeights);
                    break;
                case "parameters":
                    if (reader.Mapping(value, field) is { } byCriterion)
                    {
                        foreach (var (criterion, values, at) in reader.Entries(byCriterion, field, null))
                        {
                            if (ReadParameters(reader, values, at) is { } read)
                            {
                                parameters[criterion] = read;
                            }
                        }
                    }

                    break;
                case "disabled":
                    disabled.AddRange(Scalars(reader, value, field));
                    break;
                default:
                    if (reader.Sequence(value, field) is { } sequence)
                    {
                        for (var i = 0; i < sequence.Children.Count; i++)
                        {
                            if (ReadAddedCriterion(reader, sequence.Children[i], $"addedCriteria[{i}]") is { } criterion)
                            {
                                added.Add(criterion);
                            }
                        }
                    }

                    break;
            }
        }

        if (reader.Errors.Count > 0 || framework is null)
        {
            return new FrameworkOverrideLoadResult(null, reader.Errors);
        }

        return new FrameworkOverrideLoadResult(
            new FrameworkOverride
            {
                Framework = framework,
                Id = id,
                VersionSuffix = suffix,
                PrincipleWeights = principleWeights,
                CriterionWeights = criterionWeights,
                Parameters = parameters,
                Disabled = disabled,
                AddedCriteria = added,
            },
            []);
    }

    private static void ReadWeights(YamlDocumentReader reader, YamlNode node, string field, Dictionary<string, double> principles, Dictionary<string, double> criteria)
    {
        if (reader.Mapping(node, field) is not { } mapping)
        {
            return;
        }

        foreach (var (key, value, at) in reader.Entries(mapping, field, WeightKeys))
        {
            var target = key == "principles" ? principles : criteria;
            if (reader.Mapping(value, at) is not { } weights)
            {
                continue;
            }

            foreach (var (id, weightNode, weightAt) in reader.Entries(weights, at, null))
            {
                if (reader.Weight(weightNode, weightAt) is { } weight)
                {
                    target[id] = weight;
                }
            }
        }
    }

    private static Principle? ReadPrinciple(YamlDocumentReader reader, YamlNode node, string field)
    {
        if (reader.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        reader.Require(mapping, field, "id", "title", "criteria");
        string? id = null, title = null, description = null;
        double weight = 1;
        var criteria = new List<Criterion>();
        foreach (var (key, value, at) in reader.Entries(mapping, field, PrincipleKeys))
        {
            switch (key)
            {
                case "id": id = reader.Scalar(value, at); break;
                case "title": title = reader.Scalar(value, at); break;
                case "description": description = reader.Scalar(value, at); break;
                case "weight": weight = reader.Weight(value, at) ?? weight; break;
                default:
                    if (reader.Sequence(value, at) is { } sequence)
                    {
                        for (var i = 0; i < sequence.Children.Count; i++)
                        {
                            if (ReadCriterion(reader, sequence.Children[i], $"{field}.criteria[{i}]", CriterionKeys, out _) is { } criterion)
                            {
                                criteria.Add(criterion);
                            }
                        }
                    }

                    break;
            }
        }

        return id is null || title is null ? null : new Principle { Id = id, Title = title, Description = description, Weight = weight, Criteria = criteria };
    }

    private static AddedCriterion? ReadAddedCriterion(YamlDocumentReader reader, YamlNode node, string field)
    {
        if (reader.Mapping(node, field) is { } mapping)
        {
            reader.Require(mapping, field, "principle");
        }

        var criterion = ReadCriterion(reader, node, field, AddedCriterionKeys, out var principle);
        return criterion is null || principle is null ? null : new AddedCriterion(principle, criterion);
    }

    private static Criterion? ReadCriterion(YamlDocumentReader reader, YamlNode node, string field, IReadOnlyCollection<string> keys, out string? principle)
    {
        principle = null;
        if (reader.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        reader.Require(mapping, field, "id", "title");
        string? id = null, title = null, description = null, check = null, attestation = null, recommendation = null;
        double weight = 1;
        IReadOnlyList<SubjectKind> appliesTo = [];
        IReadOnlyDictionary<string, string> parameters = new Dictionary<string, string>();
        foreach (var (key, value, at) in reader.Entries(mapping, field, keys))
        {
            switch (key)
            {
                case "id": id = reader.Scalar(value, at); break;
                case "title": title = reader.Scalar(value, at); break;
                case "description": description = reader.Scalar(value, at); break;
                case "weight": weight = reader.Weight(value, at) ?? weight; break;
                case "appliesTo": appliesTo = Kinds(reader, value, at); break;
                case "check": check = reader.Scalar(value, at); break;
                case "attestation": attestation = reader.Scalar(value, at); break;
                case "recommendation": recommendation = reader.Scalar(value, at); break;
                case "principle": principle = reader.Scalar(value, at); break;
                default: parameters = ReadParameters(reader, value, at) ?? parameters; break;
            }
        }

        return id is null || title is null
            ? null
            : new Criterion
            {
                Id = id,
                Title = title,
                Description = description,
                Weight = weight,
                AppliesTo = appliesTo,
                Check = check,
                Parameters = parameters,
                Attestation = attestation,
                Recommendation = recommendation,
            };
    }

    private static Dictionary<string, string>? ReadParameters(YamlDocumentReader reader, YamlNode node, string field)
    {
        if (reader.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value, at) in reader.Entries(mapping, field, null))
        {
            if (value is YamlSequenceNode)
            {
                parameters[key] = string.Join(",", Scalars(reader, value, at));
            }
            else if (reader.Scalar(value, at) is { } text)
            {
                parameters[key] = text;
            }
        }

        return parameters;
    }

    private static List<string> Scalars(YamlDocumentReader reader, YamlNode node, string field)
    {
        var values = new List<string>();
        if (reader.Sequence(node, field) is { } sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (reader.Scalar(sequence.Children[i], string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]")) is { } value)
                {
                    values.Add(value);
                }
            }
        }

        return values;
    }

    private static List<SubjectKind> Kinds(YamlDocumentReader reader, YamlNode node, string field)
    {
        var kinds = new List<SubjectKind>();
        var sequence = reader.Sequence(node, field);
        if (sequence is null)
        {
            return kinds;
        }

        foreach (var child in sequence.Children)
        {
            switch (reader.Scalar(child, field))
            {
                case "microcredential": kinds.Add(SubjectKind.Microcredential); break;
                case "pathway": kinds.Add(SubjectKind.Pathway); break;
                case null: break;
                case var other: reader.Add(RuleCodes.InvalidValue, child.Start, field, $"'{other}' is not microcredential or pathway."); break;
            }
        }

        return kinds;
    }
}
