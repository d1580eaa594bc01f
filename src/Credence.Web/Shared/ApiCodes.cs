namespace Credence.Web.Shared;

/// <summary>Stable codes the REST API and the forms report (problem details extension <c>code</c> / <c>codes</c>).</summary>
internal static class ApiCodes
{
    /// <summary>The body is not JSON of the expected shape (wrong type, unknown field, missing required field).</summary>
    public const string MalformedBody = "api.malformed-body";

    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "api.required";

    /// <summary>An id is not lowercase letters, digits and single dashes (at most 100 characters).</summary>
    public const string InvalidId = "api.invalid-id";

    /// <summary>Two entries of a list share an id.</summary>
    public const string DuplicateId = "api.duplicate-id";

    /// <summary>A number that cannot be negative is negative.</summary>
    public const string NegativeNumber = "api.negative-number";

    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "api.out-of-range";

    /// <summary>A currency is not a three-letter ISO 4217 code.</summary>
    public const string InvalidCurrency = "api.invalid-currency";

    /// <summary>A text is longer than allowed.</summary>
    public const string TooLong = "api.too-long";

    /// <summary>The id in the body differs from the id in the URL.</summary>
    public const string IdMismatch = "api.id-mismatch";

    /// <summary>The signed-in user does not belong to the institution the request is about.</summary>
    public const string OtherInstitution = "api.other-institution";

    /// <summary>The email and password do not match an account that may sign in.</summary>
    public const string InvalidCredentials = "api.invalid-credentials";

    /// <summary>An institution with that slug already exists.</summary>
    public const string InstitutionExists = "api.institution-exists";

    /// <summary>A change made with the sign-in cookie came without the page's antiforgery token.</summary>
    public const string AntiforgeryToken = "api.antiforgery-token";

    /// <summary>A query parameter has a value that cannot be used.</summary>
    public const string InvalidQuery = "api.invalid-query";

    /// <summary>A form value that must be a number is not one.</summary>
    public const string NotANumber = "api.not-a-number";

    /// <summary>A form value that must be a date is not a date written YYYY-MM-DD.</summary>
    public const string InvalidDate = "api.invalid-date";

    /// <summary>A form value is not one of the choices offered.</summary>
    public const string InvalidChoice = "api.invalid-choice";
}
