using Credence.Credentials.Documents;

namespace Credence.Credentials.Clr;

/// <summary>What a CLR 2.0 record says besides the credentials it bundles.</summary>
public sealed record ClrOptions
{
    /// <summary>Gets the CLR's id (a URL or <c>urn:uuid:</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the issuer of the record.</summary>
    public required Profile Issuer { get; init; }

    /// <summary>Gets the learner's id (a DID), the subject of the record.</summary>
    public required string LearnerId { get; init; }

    /// <summary>Gets the record's name, for example the pathway's.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the record's description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets when the record becomes valid.</summary>
    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>Gets achievements the record names beyond those of its credentials (for a pathway: the pathway itself).</summary>
    public IReadOnlyList<Achievement> Achievements { get; init; } = [];

    /// <summary>Gets relations between achievements (<c>isPartOf</c>, <c>precedes</c>, …).</summary>
    public IReadOnlyList<Association> Associations { get; init; } = [];

    /// <summary>Gets a value indicating whether the record holds only some of the learner's achievements.</summary>
    public bool? Partial { get; init; }
}
