using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Wallet;

/// <summary>REST API of the learner wallet (role learner, only their own credentials) and the public credential JSON.</summary>
internal static class WalletApi
{
    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/wallet").WithTags("Wallet").RequireAuthorization(AccountSetup.HoldCredentials);
        group.MapGet("/credentials", ListAsync).WithName("ListWallet").WithSummary("The signed-in learner's credentials, with share and download links.");
        group.MapGet("/credentials/{id:guid}/{format:regex(^(json|png|svg)$)}", DownloadAsync).WithName("DownloadCredential")
            .WithSummary("The credential as signed JSON, or baked into a PNG or SVG badge image.");
        group.MapPut("/credentials/{id:guid}/visibility", SetVisibilityAsync).WithName("SetCredentialVisibility")
            .WithSummary("Make the credential's public page visible to anyone with the link, or private again.");
        group.MapGet("/pathways", PathwaysAsync).WithName("WalletPathways")
            .WithSummary("Progress along each pathway: stages done, the next, what it stacks into, the occupations its off-ramps open.");
        group.MapGet("/record", RecordAsync).WithName("ExportLearnerRecord")
            .WithSummary("The whole record from one institution as a signed CLR 2.0 credential with pathway associations (?institution=slug).");

        app.MapGet("/credentials/{id:guid}/credential.json", PublicJsonAsync).WithTags("Wallet").WithName("GetCredentialJson")
            .WithSummary("A credential's signed JSON: anyone when its holder made it public; else the holder, its issuers and admins.");
        app.MapGet("/credentials/{id:guid}/badge.{format:regex(^(png|svg)$)}", BadgeImageAsync).WithTags("Wallet").WithName("GetBadgeImage")
            .WithSummary("The badge artwork of a credential's page (nothing baked in); visible like the page.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> BadgeImageAsync(
        Guid id, string format, HttpContext context, WalletQueries wallet, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var credential = await wallet.FindAsync(id, cancellationToken);
        if (credential is null || !await CredentialAccess.MaySeeAsync(context.User, credential, wallet, users, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return format == "png"
            ? TypedResults.File(BadgeArtwork.Png(credential.Microcredential), "image/png")
            : TypedResults.File(BadgeArtwork.Svg(credential.Microcredential, credential.Title, credential.InstitutionName), "image/svg+xml");
    }

    private static async Task<Ok<List<WalletCredentialResponse>>> ListAsync(HttpContext context, WalletQueries wallet, IssuingUrls urls, CancellationToken cancellationToken)
    {
        var held = await wallet.HeldAsync(await wallet.LearnerIdsAsync(context.User, cancellationToken), cancellationToken);
        return TypedResults.Ok(held.Select(c => WalletCredentialResponse.From(c, urls.CredentialPage(c.Id))).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, string format, HttpContext context, WalletQueries wallet, CancellationToken cancellationToken)
    {
        var credential = await wallet.FindAsync(id, cancellationToken);
        if (credential is null || !await CredentialAccess.IsHolderAsync(context.User, credential, wallet, cancellationToken))
        {
            return NotYours();
        }

        var (content, contentType, fileName) = CredentialFiles.Create(credential, format);
        return TypedResults.File(content, contentType, fileName);
    }

    private static async Task<Results<Ok<WalletCredentialResponse>, ProblemHttpResult>> SetVisibilityAsync(
        Guid id, VisibilityRequest request, HttpContext context, WalletQueries wallet, IssuingUrls urls, CancellationToken cancellationToken)
    {
        var credential = await wallet.FindAsync(id, cancellationToken);
        if (credential is null || !await CredentialAccess.IsHolderAsync(context.User, credential, wallet, cancellationToken))
        {
            return NotYours();
        }

        await wallet.SetPublicAsync(id, request.IsPublic, cancellationToken);
        return TypedResults.Ok(WalletCredentialResponse.From(credential with { IsPublic = request.IsPublic }, urls.CredentialPage(id)));
    }

    private static async Task<Ok<IReadOnlyList<PathwayProgress>>> PathwaysAsync(HttpContext context, WalletQueries wallet, CancellationToken cancellationToken)
    {
        var held = await wallet.HeldAsync(await wallet.LearnerIdsAsync(context.User, cancellationToken), cancellationToken);
        return TypedResults.Ok(await wallet.PathwaysAsync(held, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RecordAsync(
        string? institution, HttpContext context, WalletQueries wallet, LearnerRecordExport export, CancellationToken cancellationToken)
    {
        var held = await wallet.HeldAsync(await wallet.LearnerIdsAsync(context.User, cancellationToken), cancellationToken);
        var from = held.Where(h => h.State == CredentialState.Active && (string.IsNullOrEmpty(institution) || h.InstitutionSlug == institution)).ToList();
        if (from.Count == 0)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, IssuingCodes.NothingToExport, "You hold no active credential from that institution.");
        }

        var slug = from[0].InstitutionSlug;
        var (record, code) = await export.ExportAsync(slug, from[0].LearnerId, cancellationToken);
        if (record is null)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, code ?? IssuingCodes.NothingToExport, "There is nothing to export.");
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(record.Text), "application/vc+ld+json", $"learner-record-{slug}.json");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PublicJsonAsync(
        Guid id, HttpContext context, WalletQueries wallet, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var credential = await wallet.FindAsync(id, cancellationToken);
        if (credential is null || !await CredentialAccess.MaySeeAsync(context.User, credential, wallet, users, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(credential.Json), "application/vc+ld+json");
    }

    // Another learner's credential answers as if it did not exist.
    private static ProblemHttpResult NotYours() =>
        Problems.Coded(StatusCodes.Status404NotFound, IssuingCodes.CredentialNotFound, "You hold no such credential.");
}
