namespace Credence.Domain.Authoring;

/// <summary>The stable codes of <see cref="AuthoringError"/>; docs/errors.md explains each.</summary>
public static class AuthoringCodes
{
    /// <summary>The text is not well-formed YAML.</summary>
    public const string YamlSyntax = "authoring.yaml-syntax";

    /// <summary>The file holds no document, or an empty one.</summary>
    public const string EmptyDocument = "authoring.empty-document";

    /// <summary>The file holds more than one YAML document; only the first is read.</summary>
    public const string MultipleDocuments = "authoring.multiple-documents";

    /// <summary>The document has no <c>kind</c> key.</summary>
    public const string MissingKind = "authoring.missing-kind";

    /// <summary>The <c>kind</c> is not one of the known kinds.</summary>
    public const string UnknownKind = "authoring.unknown-kind";

    /// <summary>A value has the wrong type (text where a number is wanted, a map where a list is wanted, …).</summary>
    public const string WrongType = "authoring.wrong-type";

    /// <summary>A key is not a field of the record.</summary>
    public const string UnknownField = "authoring.unknown-field";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "authoring.missing-field";

    /// <summary>The same key appears twice in one map.</summary>
    public const string DuplicateKey = "authoring.duplicate-key";

    /// <summary>A value is not one of the allowed values of its field.</summary>
    public const string InvalidEnum = "authoring.invalid-enum";

    /// <summary>A date is not a real calendar date written <c>YYYY-MM-DD</c>.</summary>
    public const string InvalidDate = "authoring.invalid-date";

    /// <summary>A number is outside the range its field allows (negative hours, EQF level outside 1–8, …).</summary>
    public const string ValueOutOfRange = "authoring.value-out-of-range";

    /// <summary>A code is not in its expected format (ISO currency or country code).</summary>
    public const string InvalidFormat = "authoring.invalid-format";

    /// <summary>An id is not lowercase letters, digits and single dashes.</summary>
    public const string InvalidId = "authoring.invalid-id";

    /// <summary>An id is used twice where it must be unique (within a record, or across files of one kind).</summary>
    public const string DuplicateId = "authoring.duplicate-id";

    /// <summary>A reference names a microcredential that is not among the loaded files.</summary>
    public const string UnknownMicrocredential = "authoring.unknown-microcredential";

    /// <summary>A reference names a stage the pathway does not have.</summary>
    public const string UnknownStage = "authoring.unknown-stage";

    /// <summary>An assessment names a competency the microcredential does not have.</summary>
    public const string UnknownCompetency = "authoring.unknown-competency";

    /// <summary>A proficiency requirement names a scale that is neither built in nor defined in a file.</summary>
    public const string UnknownScale = "authoring.unknown-scale";

    /// <summary>A proficiency requirement names a level its scale does not have.</summary>
    public const string UnknownLevel = "authoring.unknown-level";

    /// <summary>Pathway stages come after each other in a cycle.</summary>
    public const string StageCycle = "authoring.stage-cycle";

    /// <summary>A stage lists no microcredentials.</summary>
    public const string StageEmpty = "authoring.stage-empty";

    /// <summary>A stage's <c>count</c> does not fit its rule (missing with <c>n-of</c>, given with <c>all-of</c>, or not between 1 and the number of microcredentials).</summary>
    public const string StageCountInvalid = "authoring.stage-count-invalid";

    /// <summary>The file is larger than the loader accepts.</summary>
    public const string DocumentTooLarge = "authoring.document-too-large";

    /// <summary>The YAML nests deeper than the loader accepts.</summary>
    public const string NestingTooDeep = "authoring.nesting-too-deep";

    /// <summary>The document expands (through aliases) to more nodes than the loader accepts.</summary>
    public const string TooManyNodes = "authoring.too-many-nodes";

    /// <summary>The file has so many problems that the rest were not listed.</summary>
    public const string TooManyErrors = "authoring.too-many-errors";
}
