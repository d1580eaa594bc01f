namespace Credence.Credentials.Documents;

/// <summary>A relation between two achievements of a CLR, such as a course that is part of a pathway (CLR 2.0 Association).</summary>
/// <seealso href="https://www.imsglobal.org/spec/clr/v2p0/#association"/>
public sealed record Association
{
    /// <summary>Gets the type, <c>Association</c>.</summary>
    public string Type { get; init; } = "Association";

    /// <summary>Gets the relation (<c>exactMatchOf</c>, <c>isChildOf</c>, <c>isParentOf</c>, <c>isPartOf</c>, <c>isPeerOf</c>, <c>isRelatedTo</c>, <c>precedes</c>, <c>replacedBy</c>).</summary>
    public required string AssociationType { get; init; }

    /// <summary>Gets the source achievement id.</summary>
    public required string SourceId { get; init; }

    /// <summary>Gets the target achievement id.</summary>
    public required string TargetId { get; init; }
}
