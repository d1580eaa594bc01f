namespace Credence.Persistence.Issuing;

/// <summary>Stable codes for what issuing refuses: unknown records, unmet award rules, state changes that do not apply, bad CSV rows.</summary>
public static class IssuingCodes
{
    /// <summary>No institution has the given slug.</summary>
    public const string InstitutionNotFound = "issuing.institution-not-found";

    /// <summary>The institution has no published version of that microcredential.</summary>
    public const string MicrocredentialNotFound = "issuing.microcredential-not-found";

    /// <summary>No learner has the given id or e-mail address.</summary>
    public const string LearnerNotFound = "issuing.learner-not-found";

    /// <summary>The learner's e-mail address is missing or not an address.</summary>
    public const string EmailInvalid = "issuing.email-invalid";

    /// <summary>The learner's name is missing.</summary>
    public const string NameMissing = "issuing.name-missing";

    /// <summary>A result names a competency the microcredential does not have.</summary>
    public const string CompetencyUnknown = "issuing.competency-unknown";

    /// <summary>A result names a proficiency level that is not on the competency's scale.</summary>
    public const string LevelUnknown = "issuing.level-unknown";

    /// <summary>An evidence link is not an absolute http(s) URL.</summary>
    public const string EvidenceUrlInvalid = "issuing.evidence-url-invalid";

    /// <summary>The award rule rests on seat time alone, which never earns a credential here.</summary>
    public const string SeatTimeOnly = "issuing.seat-time-only";

    /// <summary>The microcredential has no competencies, so mastery cannot be shown.</summary>
    public const string NoCompetencies = "issuing.no-competencies";

    /// <summary>Not every required competency is mastered at its required level.</summary>
    public const string NotMastered = "issuing.not-mastered";

    /// <summary>No award has the given id (in the institution).</summary>
    public const string AwardNotFound = "issuing.award-not-found";

    /// <summary>No issued credential has the given id (in the institution).</summary>
    public const string CredentialNotFound = "issuing.credential-not-found";

    /// <summary>A revoked credential cannot change state again.</summary>
    public const string AlreadyRevoked = "issuing.already-revoked";

    /// <summary>Only a suspended credential can be reinstated.</summary>
    public const string NotSuspended = "issuing.not-suspended";

    /// <summary>The credential's status entry is in a revocation list, which cannot express suspension.</summary>
    public const string SuspensionNotSupported = "issuing.suspension-not-supported";

    /// <summary>Revoking or suspending needs a reason.</summary>
    public const string ReasonMissing = "issuing.reason-missing";

    /// <summary>The learner holds no credential to export.</summary>
    public const string NothingToExport = "issuing.nothing-to-export";

    /// <summary>A CSV line is malformed (an unterminated quote, a stray quote in an unquoted field).</summary>
    public const string CsvMalformed = "issuing.csv-malformed";

    /// <summary>A required CSV column is missing from the header.</summary>
    public const string CsvColumnMissing = "issuing.csv-column-missing";

    /// <summary>The header names a column the format does not know.</summary>
    public const string CsvColumnUnknown = "issuing.csv-column-unknown";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string CsvFieldCount = "issuing.csv-field-count";

    /// <summary>A date is not <c>YYYY-MM-DD</c> (or an ISO 8601 date-time).</summary>
    public const string CsvDateInvalid = "issuing.csv-date-invalid";

    /// <summary>The <c>mastered_all</c> column is not <c>yes</c>, <c>no</c>, <c>true</c>, <c>false</c> or empty.</summary>
    public const string CsvBooleanInvalid = "issuing.csv-boolean-invalid";

    /// <summary>The row id is missing.</summary>
    public const string CsvRowIdMissing = "issuing.csv-row-id-missing";

    /// <summary>Two rows have the same row id.</summary>
    public const string CsvRowIdDuplicate = "issuing.csv-row-id-duplicate";

    /// <summary>The row's learner (e-mail address) already appears on an earlier row of the file.</summary>
    public const string CsvLearnerDuplicate = "issuing.csv-learner-duplicate";

    /// <summary>The file has no data rows.</summary>
    public const string CsvEmpty = "issuing.csv-empty";
}
