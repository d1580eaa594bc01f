using System.ComponentModel.DataAnnotations;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Issuing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Account;

/// <summary>Sign in with email and password (cookie).</summary>
internal sealed class LoginModel(SignInManager<CredenceUser> signIn, UserManager<CredenceUser> users, LearnerAccountLinker linker) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (user is null || !result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "The email and password do not match an account that may sign in.");
            return Page();
        }

        if (await users.IsInRoleAsync(user, CredenceRoles.Learner))
        {
            await linker.LinkAsync(user, HttpContext.RequestAborted);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    /// <summary>The login form.</summary>
    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email.")]
        [EmailAddress(ErrorMessage = "Enter an email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;
    }
}
