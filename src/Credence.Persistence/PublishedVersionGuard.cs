using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Credence.Persistence;

/// <summary>Keeps published design versions immutable: publishing is the last change a version ever gets.</summary>
internal static class PublishedVersionGuard
{
    public static void Check(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<DesignVersion>())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var originalStatus = entry.Property(v => v.Status).OriginalValue;
            if (originalStatus == DesignVersionStatus.Published)
            {
                throw new InvalidOperationException(
                    $"Design version {entry.Entity.Id} is published and cannot be changed; save a new draft instead.");
            }
        }
    }
}
