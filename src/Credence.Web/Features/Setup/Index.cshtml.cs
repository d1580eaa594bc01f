using System.ComponentModel.DataAnnotations;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Setup;

/// <summary>First run: creates the first admin account; answers 404 once any admin exists.</summary>
internal sealed class IndexModel(UserManager<CredenceUser> users, SignInManager<CredenceUser> signIn) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await AdminExistsAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AdminExistsAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var admin = new CredenceUser { UserName = Input.Email, Email = Input.Email, EmailConfirmed = true, DisplayName = "Administrator" };
        var created = await users.CreateAsync(admin, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(admin, CredenceRoles.Admin);
        await signIn.SignInAsync(admin, isPersistent: false);
        return LocalRedirect("/");
    }

    private async Task<bool> AdminExistsAsync() => (await users.GetUsersInRoleAsync(CredenceRoles.Admin)).Count > 0;

    /// <summary>The first admin's account.</summary>
    internal sealed class SetupInput
    {
        [Required(ErrorMessage = "Enter the admin's email.")]
        [EmailAddress(ErrorMessage = "Enter an email address.")]
        [Display(Name = "Admin email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [MinLength(12, ErrorMessage = "Use at least 12 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Compare(nameof(Password), ErrorMessage = "The passwords differ.")]
        [DataType(DataType.Password)]
        [Display(Name = "Repeat the password")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
