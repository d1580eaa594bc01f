namespace Credence.Web.Features.Reviews;

/// <summary>Stable codes of the review API and pages: attestations, reviews, employer engagements (problem details <c>code</c> / <c>codes</c>).</summary>
internal static class ReviewCodes
{
    /// <summary>No built-in framework that judges this kind of design has a criterion with that id.</summary>
    public const string UnknownCriterion = "review.unknown-criterion";

    /// <summary>The criterion is decided by an automatic check, not by a reviewer's attestation.</summary>
    public const string NotAttestation = "review.not-an-attestation";

    /// <summary>An evidence link or web site is not an absolute http or https URL.</summary>
    public const string InvalidUrl = "review.invalid-url";

    /// <summary>The partners page named a design the institution does not have (the API answers <c>design.not-found</c>).</summary>
    public const string VersionNotFound = "review.version-not-found";

    /// <summary>The institution has no employer partner with that id.</summary>
    public const string EmployerNotFound = "review.employer-not-found";

    /// <summary>The institution already has an employer partner of that name.</summary>
    public const string EmployerExists = "review.employer-exists";

    /// <summary>No account with that email has the employer role.</summary>
    public const string NotAnEmployerAccount = "review.not-an-employer-account";

    /// <summary>The signed-in employer account is not linked to an employer partner of the design's institution.</summary>
    public const string NotAPartner = "review.not-a-partner";

    /// <summary>Employers engage with published designs only.</summary>
    public const string NotPublished = "review.not-published";
}
