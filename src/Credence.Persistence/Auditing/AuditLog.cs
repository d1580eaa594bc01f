using Credence.Persistence.Entities;

namespace Credence.Persistence.Auditing;

/// <summary>Adds audit entries to the unit of work that makes the change, so the change and its record are saved together.</summary>
internal static class AuditLog
{
    public static void Add(CredenceDbContext db, TimeProvider timeProvider, Actor actor, string action, string entityType, string entityKey, long? institutionId, string? details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = timeProvider.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            InstitutionId = institutionId,
            Details = details,
        });
}
