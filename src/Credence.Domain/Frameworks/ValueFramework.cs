namespace Credence.Domain.Frameworks;

/// <summary>A value framework: principles, each with criteria that are automatic checks or reviewer attestations.</summary>
/// <remarks>Frameworks are data (YAML); the built-in ones are embedded resources and institutions can add or override their own.</remarks>
public sealed record ValueFramework
{
    /// <summary>The framework's id (<c>mvf</c>, <c>pathway-design</c>, <c>eu-microcredential</c>, <c>stakeholder-views</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The framework's version; a scorecard records it.</summary>
    public required string Version { get; init; }

    /// <summary>The framework's title.</summary>
    public required string Title { get; init; }

    /// <summary>What it judges and where it comes from.</summary>
    public string? Description { get; init; }

    /// <summary>The source it is based on, for citation.</summary>
    public string? Source { get; init; }

    /// <summary>What the framework applies to.</summary>
    public required IReadOnlyList<SubjectKind> AppliesTo { get; init; }

    /// <summary>The principles, in order.</summary>
    public required IReadOnlyList<Principle> Principles { get; init; }
}

/// <summary>A principle of a value framework.</summary>
public sealed record Principle
{
    /// <summary>The principle's id, unique within the framework.</summary>
    public required string Id { get; init; }

    /// <summary>The principle's title.</summary>
    public required string Title { get; init; }

    /// <summary>What the principle asks, in the framework's intent.</summary>
    public string? Description { get; init; }

    /// <summary>The principle's weight in the overall score.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The criteria.</summary>
    public required IReadOnlyList<Criterion> Criteria { get; init; }
}

/// <summary>A criterion: an automatic check with parameters, or an attestation a reviewer must confirm with evidence.</summary>
public sealed record Criterion
{
    /// <summary>The criterion's id, unique within its principle; its full id is <c>framework.principle.criterion</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The criterion's title.</summary>
    public required string Title { get; init; }

    /// <summary>What it asks.</summary>
    public string? Description { get; init; }

    /// <summary>The criterion's weight within its principle.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>What it applies to; empty means whatever its framework applies to.</summary>
    public IReadOnlyList<SubjectKind> AppliesTo { get; init; } = [];

    /// <summary>The named check from the check library, for an automatic criterion.</summary>
    public string? Check { get; init; }

    /// <summary>The check's parameters (maximum weeks, maximum cost, review age in months, …).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>For an attestation: what the reviewer must confirm.</summary>
    public string? Attestation { get; init; }

    /// <summary>What to change when the criterion is not met (the check may give a more specific one).</summary>
    public string? Recommendation { get; init; }

    /// <summary>True when a reviewer must confirm it with evidence.</summary>
    public bool IsAttestation => Check is null;
}

/// <summary>What a framework or criterion judges.</summary>
public enum SubjectKind
{
    /// <summary>A microcredential.</summary>
    Microcredential,

    /// <summary>A pathway.</summary>
    Pathway,
}
