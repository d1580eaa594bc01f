using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Users;

/// <summary>Admins' account management: list accounts, create one with its roles and institution, change roles and institution.
/// Every problem is reported by field with a stable code; nothing is saved while any is found; every change is audited.</summary>
internal sealed class UserAccounts(UserManager<CredenceUser> users, CredenceDbContext db, TimeProvider timeProvider)
{
    private static readonly string[] InstitutionRoles = [CredenceRoles.Designer, CredenceRoles.Reviewer, CredenceRoles.Issuer];

    public async Task<IReadOnlyList<UserResponse>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from user in db.Users.AsNoTracking()
                          join institution in db.Institutions on user.InstitutionId equals institution.Id into joined
                          from institution in joined.DefaultIfEmpty()
                          orderby user.Email
                          select new { user.Id, user.Email, user.DisplayName, Institution = institution == null ? null : institution.Slug })
            .ToListAsync(cancellationToken);
        var roles = await (from link in db.UserRoles.AsNoTracking()
                           join role in db.Roles on link.RoleId equals role.Id
                           select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return rows.Select(r => new UserResponse(r.Id, r.Email ?? string.Empty, r.DisplayName, Ordered(byUser[r.Id]), r.Institution)).ToList();
    }

    public async Task<(UserResponse? User, FieldErrors Errors, bool Conflict)> CreateAsync(UserRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !IsEmail(email))
        {
            errors.Add("email", AccountCodes.InvalidEmail, "Enter the account's email address.");
        }

        if (request.DisplayName is { Length: > 200 })
        {
            errors.Add("displayName", ApiCodes.TooLong, "A name has at most 200 characters.");
        }

        var (roles, institution) = await CheckRolesAsync(request, errors, cancellationToken);
        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", ApiCodes.Required, "Choose a first password of at least 12 characters.");
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, new CredenceUser(), request.Password);
                foreach (var error in check.Errors)
                {
                    errors.Add("password", AccountCodes.WeakPassword, error.Description);
                }
            }
        }

        if (!errors.IsEmpty)
        {
            return (null, errors, false);
        }

        if (await users.FindByEmailAsync(email!) is not null)
        {
            errors.Add("email", AccountCodes.EmailTaken, "Another account already has this email.");
            return (null, errors, true);
        }

        // Accounts an administrator creates are trusted: their email counts as confirmed (records issued to it are theirs).
        var user = new CredenceUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
            InstitutionId = institution?.Id,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email",
                    error.Code.Contains("Password", StringComparison.Ordinal) ? AccountCodes.WeakPassword : AccountCodes.InvalidEmail, error.Description);
            }

            return (null, errors, false);
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException("The roles could not be given: " + string.Join("; ", added.Errors.Select(e => e.Description)));
        }

        Audit(actor, "account.created", user.Id, institution?.Id, $"roles={string.Join(',', roles)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new UserResponse(user.Id, email!, user.DisplayName, roles, institution?.Slug), errors, false);
    }

    public async Task<(UserResponse? User, FieldErrors Errors, string? Problem)> UpdateAsync(string id, UserRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return (null, errors, AccountCodes.NotFound);
        }

        var (roles, institution) = await CheckRolesAsync(request, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return (null, errors, null);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(CredenceRoles.Admin) && !roles.Contains(CredenceRoles.Admin) &&
            (await users.GetUsersInRoleAsync(CredenceRoles.Admin)).Count <= 1)
        {
            return (null, errors, AccountCodes.LastAdmin);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.InstitutionId = institution?.Id;
        Ensure(await users.UpdateAsync(user));
        Ensure(await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal)));
        Ensure(await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal)));

        // A role change must reach the sessions and tokens the account already holds at their next check.
        Ensure(await users.UpdateSecurityStampAsync(user));
        Audit(actor, "account.roles-changed", user.Id, institution?.Id, $"roles={string.Join(',', roles)}; institution={institution?.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new UserResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, roles, institution?.Slug), errors, null);
    }

    private async Task<(IReadOnlyList<string> Roles, Institution? Institution)> CheckRolesAsync(UserRequest request, FieldErrors errors, CancellationToken cancellationToken)
    {
        var roles = (request.Roles ?? []).Select(r => r?.Trim().ToLowerInvariant() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            errors.Add("roles", AccountCodes.NoRole, "Give the account at least one role.");
        }

        for (var i = 0; i < roles.Count; i++)
        {
            if (!CredenceRoles.All.Contains(roles[i]))
            {
                errors.Add($"roles[{i}]", AccountCodes.UnknownRole, "A role is one of admin, designer, reviewer, issuer, learner, employer.");
            }
        }

        Institution? institution = null;
        if (!string.IsNullOrWhiteSpace(request.Institution))
        {
            institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == request.Institution.Trim(), cancellationToken);
            if (institution is null)
            {
                errors.Add("institution", AccountCodes.UnknownInstitution, "No institution has this short name.");
            }
        }
        else if (roles.Any(r => InstitutionRoles.Contains(r)))
        {
            errors.Add("institution", AccountCodes.InstitutionRequired, "Designers, reviewers and issuers act for one institution: choose it.");
        }

        return (Ordered(roles), institution);
    }

    private void Audit(Actor actor, string action, string userId, long? institutionId, string details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = timeProvider.GetUtcNow(), UserId = actor.UserId, UserName = actor.UserName, Action = action, EntityType = "account", EntityKey = userId,
            InstitutionId = institutionId, Details = details,
        });

    private static List<string> Ordered(IEnumerable<string> roles) =>
        CredenceRoles.All.Where(roles.Contains).ToList();

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 3 && value.IndexOf('.', at) > at + 1 &&
               !value.Any(char.IsWhiteSpace) && !value.EndsWith('.');
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
