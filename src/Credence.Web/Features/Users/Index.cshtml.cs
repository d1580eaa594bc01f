using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Users;

/// <summary>Admins' accounts page: every account with its roles and institution, a form to add one, and a form per account to change its roles.</summary>
[Authorize(Policy = AccountSetup.ManageInstitutions)]
internal sealed class IndexModel(UserAccounts accounts, InstitutionStore institutions) : PageModel
{
    public IReadOnlyList<UserResponse> Accounts { get; private set; } = [];

    public IReadOnlyList<Institution> Institutions { get; private set; } = [];

    public static IReadOnlyList<string> Roles => CredenceRoles.All;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<string> NewRoles { get; set; } = [];

    [BindProperty]
    public string? Institution { get; set; }

    /// <summary>The problems of the last submitted form, by field.</summary>
    public FieldErrors Errors { get; private set; } = new();

    /// <summary>The account the last role change was for (its row shows the problems), if any.</summary>
    public string? EditedId { get; private set; }

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var (user, errors, _) = await accounts.CreateAsync(new UserRequest(Email, DisplayName, Password, NewRoles, Institution), UserInstitution.ActorOf(User), cancellationToken);
        Errors = errors;
        if (user is not null)
        {
            Notice = $"Added {user.Email}.";
            Email = DisplayName = Institution = null;
            NewRoles = [];
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Password = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles, string? institution, CancellationToken cancellationToken)
    {
        var (user, errors, problem) = await accounts.UpdateAsync(id, new UserRequest(null, null, null, roles, institution), UserInstitution.ActorOf(User), cancellationToken);
        if (problem == AccountCodes.NotFound)
        {
            return NotFound();
        }

        EditedId = id;
        Errors = errors;
        if (problem == AccountCodes.LastAdmin)
        {
            Errors.Add("roles", problem, "The instance would be left without an administrator.");
        }

        if (user is not null)
        {
            Notice = $"Changed the roles of {user.Email}.";
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public IReadOnlyList<(string Code, string Message)> ErrorsFor(string field) =>
        Errors.ByField.TryGetValue(field, out var list) ? list : [];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await accounts.ListAsync(cancellationToken);
        Institutions = await institutions.ListAsync(cancellationToken);
    }
}
