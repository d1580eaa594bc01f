using System.Net.Mail;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>Finding and adding learners by e-mail address.</summary>
internal static class Learners
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 320 && MailAddress.TryCreate(email.Trim(), out var address)
        && address.Address == email.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    public static IEnumerable<IssuingProblem> Check(LearnerInfo learner)
    {
        if (!IsEmail(learner.Email))
        {
            yield return new IssuingProblem(IssuingCodes.EmailInvalid, "email", $"'{learner.Email}' is not an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(learner.Name))
        {
            yield return new IssuingProblem(IssuingCodes.NameMissing, "name", "The learner's name is missing.");
        }
    }

    /// <summary>The learner with the address, added (tracked, unsaved) when new.</summary>
    public static async Task<Learner> GetOrAddAsync(CredenceDbContext db, LearnerInfo info, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = Normalize(info.Email);
        var learner = await db.Learners.FirstOrDefaultAsync(l => l.Email == email, cancellationToken).ConfigureAwait(false);
        if (learner is null)
        {
            learner = new Learner { Email = email, Name = info.Name.Trim(), PublicId = Guid.NewGuid(), CreatedAt = now };
            db.Learners.Add(learner);
        }

        return learner;
    }
}
