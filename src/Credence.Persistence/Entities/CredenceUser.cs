using Microsoft.AspNetCore.Identity;

namespace Credence.Persistence.Entities;

/// <summary>A person who signs in: an ASP.NET Core Identity user that may belong to one institution.</summary>
public sealed class CredenceUser : IdentityUser
{
    /// <summary>The institution the user works for, or null for learners, employers and instance administrators.</summary>
    public long? InstitutionId { get; set; }

    /// <summary>The name shown in the interface and in the audit log.</summary>
    public string? DisplayName { get; set; }
}
