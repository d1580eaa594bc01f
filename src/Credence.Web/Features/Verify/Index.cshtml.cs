using Credence.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Verify;

/// <summary>The public verifier page: paste a credential (JSON or JWT) or upload a baked PNG or SVG, and read the verdict and every check in plain words.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024)]
internal sealed class IndexModel(CredentialVerification verification, VerifierSettings settings) : PageModel
{
    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Recipient { get; set; }

    public VerificationOutcome? Outcome { get; private set; }

    /// <summary>Problems with the form, by field (<c>Credential</c>, <c>Upload</c>), with their codes.</summary>
    public FieldErrors Errors { get; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var hasText = !string.IsNullOrWhiteSpace(Credential);
        var hasFile = Upload is { Length: > 0 };
        if (hasText && hasFile)
        {
            Errors.Add(nameof(Upload), VerifyCodes.AmbiguousInput, "Paste the credential or upload an image, not both.");
        }
        else if (!hasText && !hasFile)
        {
            Errors.Add(nameof(Credential), VerifyCodes.NoInput, "Paste a credential or choose a badge image to upload.");
        }
        else if ((hasFile ? Upload!.Length : System.Text.Encoding.UTF8.GetByteCount(Credential!)) > settings.MaxInputBytes)
        {
            Errors.Add(hasFile ? nameof(Upload) : nameof(Credential), VerifyCodes.TooLarge, $"The verifier accepts at most {settings.MaxInputBytes / 1024 / 1024} MB.");
        }

        if (!Errors.IsEmpty)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        byte[] input;
        if (hasFile)
        {
            await using var stream = Upload!.OpenReadStream(); // hasFile says Upload is set.
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            input = buffer.ToArray();
        }
        else
        {
            input = System.Text.Encoding.UTF8.GetBytes(Credential!.Trim()); // hasText says Credential is set.
        }

        Outcome = await verification.VerifyAsync(input, Recipient, cancellationToken);
        return Page();
    }
}
