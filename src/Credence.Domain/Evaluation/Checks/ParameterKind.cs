namespace Credence.Domain.Evaluation.Checks;

/// <summary>How a parameter's text is read.</summary>
internal enum ParameterKind
{
    /// <summary>A non-negative decimal number.</summary>
    Number,

    /// <summary>A non-negative whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A piece of text.</summary>
    Text,

    /// <summary>A comma-separated list of values.</summary>
    List,
}
