using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>Links the learner records that carry an account's confirmed e-mail address to that account, once and audited, so that from then
/// on the records follow the account and never the address (a later change of address neither takes them away nor hands them to someone else).</summary>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class LearnerAccountLinker(CredenceDbContext db, TimeProvider timeProvider)
{
    /// <summary>Links the unlinked learner records with the account's e-mail address to the account when that address is confirmed; records
    /// linked to another account are never moved.</summary>
    /// <param name="user">The learner's account.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many learner records were linked now (0 when the address is not confirmed or nothing was left to link).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public async Task<int> LinkAsync(CredenceUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.EmailConfirmed || string.IsNullOrWhiteSpace(user.Email))
        {
            return 0;
        }

        var email = Learners.Normalize(user.Email);
        var unlinked = await db.Learners.Where(l => l.Email == email && l.UserId == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (unlinked.Count == 0)
        {
            return 0;
        }

        var actor = new Actor(user.Id, user.UserName);
        foreach (var learner in unlinked)
        {
            learner.UserId = user.Id;
            AuditLog.Add(db, timeProvider, actor, "link-account", nameof(Learner), learner.PublicId.ToString("D"), null, email);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return unlinked.Count;
    }
}
