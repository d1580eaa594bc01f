using System.Text;
using System.Text.Json;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Features.Verify;

/// <summary><c>POST /api/verify</c>: anyone verifies an Open Badges 3.0 or CLR 2.0 credential and gets the report as JSON.</summary>
/// <remarks>The body is the credential itself (JSON; a JSON string or <c>application/jwt</c> text for a VC-JWT; a PNG or SVG image), or a
/// multipart form with a <c>file</c> or a <c>credential</c> field. <c>recipient</c> (query or form field) asks whether it was awarded to that person.
/// A verification that ran answers 200 whatever its verdict; 400/413/415 mean it could not run.</remarks>
internal static class VerifyApi
{
    private static readonly string[] _bodyTypes =
    [
        "application/json", "application/ld+json", "application/vc+ld+json", "application/vc", "application/vc+jwt", "application/jwt",
        "text/plain", "image/png", "image/svg+xml", "application/octet-stream",
    ];

    public static IEndpointRouteBuilder MapVerifyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/verify", VerifyAsync)
            .WithTags("Verify")
            .WithName("Verify")
            .WithSummary("Verify any Open Badges 3.0 / CLR 2.0 credential (JSON, VC-JWT, baked PNG or SVG); 200 with the report whatever the verdict.")
            .WithDescription("The body is the credential: JSON, a JSON string or application/jwt text holding a VC-JWT, a PNG or SVG image; or a multipart form with a file or credential field. Optional recipient (query or form field).")
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<VerificationResponse>, ProblemHttpResult>> VerifyAsync(
        HttpRequest request, CredentialVerification verification, VerifierSettings settings, CancellationToken cancellationToken)
    {
        if (request.ContentLength > settings.MaxInputBytes + FormOverhead)
        {
            return TooLarge(settings);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxInputBytes + FormOverhead;
        }

        var (input, recipient, problem) = request.HasFormContentType
            ? await ReadFormAsync(request, settings, cancellationToken)
            : await ReadBodyAsync(request, settings, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await verification.VerifyAsync(input!, recipient, cancellationToken);
        return TypedResults.Ok(VerificationResponse.From(outcome));
    }

    // Room for multipart boundaries and the other form fields around a file of the largest size.
    private const int FormOverhead = 64 * 1024;

    private static async Task<(byte[]? Input, string? Recipient, ProblemHttpResult? Problem)> ReadFormAsync(
        HttpRequest request, VerifierSettings settings, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var recipient = form["recipient"].ToString();
        var text = form["credential"].ToString();
        var file = form.Files.GetFile("file");
        if (file is { Length: > 0 } && !string.IsNullOrWhiteSpace(text))
        {
            return (null, null, Problems.Coded(StatusCodes.Status400BadRequest, VerifyCodes.AmbiguousInput, "Send either the file or the pasted credential, not both."));
        }

        if (file is { Length: > 0 })
        {
            if (file.Length > settings.MaxInputBytes)
            {
                return (null, null, TooLarge(settings));
            }

            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            return (buffer.ToArray(), recipient, null);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null, NoInput());
        }

        var bytes = Encoding.UTF8.GetBytes(text.Trim());
        return bytes.Length > settings.MaxInputBytes ? (null, null, TooLarge(settings)) : (bytes, recipient, null);
    }

    private static async Task<(byte[]? Input, string? Recipient, ProblemHttpResult? Problem)> ReadBodyAsync(
        HttpRequest request, VerifierSettings settings, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not null && !_bodyTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, null, Problems.Coded(StatusCodes.Status415UnsupportedMediaType, VerifyCodes.UnsupportedMediaType,
                "Send the credential as JSON, a JWT (application/jwt or text/plain), a PNG or SVG image, or a multipart form."));
        }

        var body = await ReadLimitedAsync(request.Body, settings.MaxInputBytes, cancellationToken);
        if (body is null)
        {
            return (null, null, TooLarge(settings));
        }

        var recipient = request.Query["recipient"].ToString();
        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.Length == 0)
        {
            return (null, null, NoInput());
        }

        // A JWT sent as a JSON string: verify the token inside the quotes.
        if (text.StartsWith('"'))
        {
            try
            {
                var token = JsonSerializer.Deserialize<string>(text);
                return string.IsNullOrWhiteSpace(token) ? (null, null, NoInput()) : (Encoding.UTF8.GetBytes(token.Trim()), recipient, null);
            }
            catch (JsonException)
            {
                return (body, recipient, null);
            }
        }

        return (body, recipient, null);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult NoInput() =>
        Problems.Coded(StatusCodes.Status400BadRequest, VerifyCodes.NoInput, "Send a credential: JSON, a JWT, or a baked PNG or SVG image.");

    private static ProblemHttpResult TooLarge(VerifierSettings settings) =>
        Problems.Coded(StatusCodes.Status413PayloadTooLarge, VerifyCodes.TooLarge, $"The verifier accepts credentials and images of at most {settings.MaxInputBytes} bytes.");
}
