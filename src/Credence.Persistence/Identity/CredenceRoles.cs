namespace Credence.Persistence.Identity;

/// <summary>The six roles of the platform.</summary>
public static class CredenceRoles
{
    /// <summary>Runs the instance: institutions, accounts, everything.</summary>
    public const string Admin = "admin";

    /// <summary>Designs microcredentials and pathways, and publishes them.</summary>
    public const string Designer = "designer";

    /// <summary>Reviews designs and records attestations.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Issues credentials to learners.</summary>
    public const string Issuer = "issuer";

    /// <summary>Earns credentials; sees only their own records.</summary>
    public const string Learner = "learner";

    /// <summary>An employer partner: validates designs and checks credentials.</summary>
    public const string Employer = "employer";

    /// <summary>All six, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Designer, Reviewer, Issuer, Learner, Employer];
}
