namespace Credence.Persistence.Auditing;

/// <summary>Who is making a change, for the audit log.</summary>
/// <param name="UserId">The user's id, or null for the system itself.</param>
/// <param name="UserName">The user's name at the time.</param>
public sealed record Actor(string? UserId, string? UserName)
{
    /// <summary>The platform itself (start-up seeding, imports run by the host).</summary>
    public static Actor System { get; } = new(null, "system");
}
