using System.Security.Claims;
using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Persistence.Search;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Designs;

/// <summary>REST API for microcredentials (<c>/api/microcredentials</c>) and pathways (<c>/api/pathways</c>): search, read, create a draft, update the draft, publish.</summary>
internal static class DesignsApi
{
    public static IEndpointRouteBuilder MapDesignsApi(this IEndpointRouteBuilder app)
    {
        MapKind(app, "/api/microcredentials", DesignKind.Microcredential, "Microcredentials", typeof(Microcredential));
        MapKind(app, "/api/pathways", DesignKind.Pathway, "Pathways", typeof(Pathway));
        return app;
    }

    private static void MapKind(IEndpointRouteBuilder app, string prefix, DesignKind kind, string tag, Type bodyType)
    {
        var group = app.MapGroup(prefix).WithTags(tag);
        var one = kind == DesignKind.Microcredential ? "Microcredential" : "Pathway";

        group.MapGet("/", (
                [AsParameters] CatalogRequest request, ClaimsPrincipal user, ICatalogSearch search, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                SearchAsync(kind, request, user, search, institutions, users, cancellationToken))
            .WithName($"Search{tag}")
            .WithSummary($"Search published {tag.ToLowerInvariant()} (with drafts=true: drafts too, for designers, reviewers and admins).");

        group.MapGet("/{institution}/{id}", (string institution, string id, DesignStore store, CancellationToken cancellationToken) =>
                GetPublishedAsync(kind, institution, id, store, cancellationToken))
            .WithName($"Get{one}")
            .WithSummary($"The published version of a {one.ToLowerInvariant()}.");

        group.MapGet("/{institution}/{id}/draft", (
                string institution, string id, ClaimsPrincipal user, DesignStore store, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                GetDraftAsync(kind, institution, id, user, store, institutions, users, cancellationToken))
            .RequireAuthorization(AccountSetup.ReadDrafts)
            .WithName($"Get{one}Draft")
            .WithSummary($"The open draft of a {one.ToLowerInvariant()}.");

        group.MapGet("/{institution}/{id}/yaml", (string institution, string id, DesignStore store, CancellationToken cancellationToken) =>
                GetYamlAsync(kind, institution, id, store, cancellationToken))
            .Produces<string>(StatusCodes.Status200OK, "application/yaml")
            .WithName($"Get{one}Yaml")
            .WithSummary($"The published version of a {one.ToLowerInvariant()} in the YAML authoring format: the imported file as it was, or the record written out.");

        group.MapGet("/{institution}/{id}/scorecards", (string institution, string id, DesignStore store, CancellationToken cancellationToken) =>
                GetScorecardsAsync(kind, institution, id, DesignVersionChoice.Published, store, cancellationToken))
            .WithName($"Get{one}Scorecards")
            .WithSummary($"The scorecards of the published version of a {one.ToLowerInvariant()}, one per built-in framework that applies.");

        group.MapGet("/{institution}/{id}/draft/scorecards", async (
                string institution, string id, ClaimsPrincipal user, DesignStore store, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                await CheckInstitutionAsync(institution, user, institutions, users, cancellationToken) is { } refusal
                    ? refusal
                    : await GetScorecardsAsync(kind, institution, id, DesignVersionChoice.Draft, store, cancellationToken))
            .RequireAuthorization(AccountSetup.ReadDrafts)
            .WithName($"Get{one}DraftScorecards")
            .WithSummary($"The scorecards of the open draft of a {one.ToLowerInvariant()}, recomputed on every save.");

        group.MapPost("/{institution}", (
                string institution, HttpRequest request, ClaimsPrincipal user, DesignStore store, DesignScorer scorer, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                CreateDraftAsync(kind, institution, request, user, store, scorer, institutions, users, cancellationToken))
            .RequireAuthorization(AccountSetup.EditDesigns)
            .Accepts(bodyType, "application/json")
            .WithName($"Create{one}")
            .WithSummary($"Create a {one.ToLowerInvariant()} as draft version 1.");

        group.MapPut("/{institution}/{id}/draft", (
                string institution, string id, HttpRequest request, ClaimsPrincipal user, DesignStore store, DesignScorer scorer, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                SaveDraftAsync(kind, institution, id, request, user, store, scorer, institutions, users, cancellationToken))
            .RequireAuthorization(AccountSetup.EditDesigns)
            .Accepts(bodyType, "application/json")
            .WithName($"Save{one}Draft")
            .WithSummary($"Update the open draft, or start a new draft after the published version.");

        group.MapPost("/{institution}/{id}/publish", (
                string institution, string id, ClaimsPrincipal user, DesignStore store, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                PublishAsync(kind, institution, id, user, store, institutions, users, cancellationToken))
            .RequireAuthorization(AccountSetup.EditDesigns)
            .WithName($"Publish{one}")
            .WithSummary("Publish the open draft; the published version never changes again.");
    }

    private static async Task<Results<Ok<CatalogPage>, ValidationProblem, UnauthorizedHttpResult, ForbidHttpResult, ProblemHttpResult>> SearchAsync(
        DesignKind kind, CatalogRequest request, ClaimsPrincipal user, ICatalogSearch search, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        DeliveryMode? delivery = null;
        if (request.Delivery is not null && !DeliveryModes.TryParse(request.Delivery, out delivery))
        {
            errors.Add("delivery", ApiCodes.InvalidQuery, "Use online, hybrid or in-person.");
        }

        if (request.Page is < 1)
        {
            errors.Add("page", ApiCodes.InvalidQuery, "Pages are numbered from 1.");
        }

        if (request.PageSize is < 1 or > 100)
        {
            errors.Add("pageSize", ApiCodes.InvalidQuery, "A page has 1 to 100 results.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var institution = request.Institution;
        if (request.Drafts == true)
        {
            if (user.Identity?.IsAuthenticated != true)
            {
                return TypedResults.Unauthorized();
            }

            if (!user.IsInRole(CredenceRoles.Admin) && !user.IsInRole(CredenceRoles.Designer) && !user.IsInRole(CredenceRoles.Reviewer))
            {
                return TypedResults.Forbid();
            }

            if (!user.IsInRole(CredenceRoles.Admin))
            {
                var own = await users.GetUserAsync(user);
                var ownInstitution = own?.InstitutionId is { } ownId ? await institutions.FindAsync(ownId, cancellationToken) : null;
                if (ownInstitution is null || (institution is not null && institution != ownInstitution.Slug))
                {
                    return Problems.Coded(StatusCodes.Status403Forbidden, ApiCodes.OtherInstitution, "Drafts are visible only to the institution's own staff.");
                }

                institution = ownInstitution.Slug;
            }
        }

        var page = await search.SearchAsync(
            new CatalogQuery
            {
                Text = request.Q,
                Kind = kind,
                Institution = institution,
                IncludeDrafts = request.Drafts == true,
                MaxCost = request.MaxCost,
                MaxWeeks = request.MaxWeeks,
                DeliveryMode = delivery,
                CreditBearing = request.CreditBearing,
                Occupation = request.Occupation,
                Skill = request.Skill,
                Provider = request.Provider,
                Page = request.Page ?? 1,
                PageSize = request.PageSize ?? 20,
            },
            cancellationToken);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<DesignResponse>, ProblemHttpResult>> GetPublishedAsync(
        DesignKind kind, string institution, string id, DesignStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, kind, id, DesignVersionChoice.Published, cancellationToken);
        return version is null
            ? NotFound()
            : TypedResults.Ok(DesignResponse.From(version, institution, id, kind));
    }

    private static async Task<Results<Ok<DesignResponse>, ProblemHttpResult>> GetDraftAsync(
        DesignKind kind, string institution, string id, ClaimsPrincipal user, DesignStore store, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        if (await CheckInstitutionAsync(institution, user, institutions, users, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var version = await store.FindAsync(institution, kind, id, DesignVersionChoice.Draft, cancellationToken);
        return version is null
            ? NotFound()
            : TypedResults.Ok(DesignResponse.From(version, institution, id, kind));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetYamlAsync(
        DesignKind kind, string institution, string id, DesignStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, kind, id, DesignVersionChoice.Published, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var yaml = version.SourceYaml ?? (kind == DesignKind.Microcredential
            ? AuthoringWriter.Write(DesignJson.DeserializeMicrocredential(version.Content))
            : AuthoringWriter.Write(DesignJson.DeserializePathway(version.Content)));
        return TypedResults.Text(yaml, "application/yaml");
    }

    private static async Task<Results<Ok<IReadOnlyList<ScorecardResponse>>, ProblemHttpResult>> GetScorecardsAsync(
        DesignKind kind, string institution, string id, DesignVersionChoice choice, DesignStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, kind, id, choice, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var scorecards = await store.ListScorecardsAsync(version.Id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ScorecardResponse>>(scorecards.Select(ScorecardResponse.From).ToList());
    }

    private static async Task<Results<Created<DesignResponse>, ValidationProblem, ProblemHttpResult>> CreateDraftAsync(
        DesignKind kind, string institution, HttpRequest request, ClaimsPrincipal user, DesignStore store, DesignScorer scorer, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        if (await CheckInstitutionAsync(institution, user, institutions, users, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var (input, errors) = await DesignInput.ReadAsync(kind, request, cancellationToken);
        if (input is null)
        {
            return errors.ToProblem();
        }

        var result = await input.CreateDraftAsync(store, institution, UserInstitution.ActorOf(user), cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result.Code!); // Code is set whenever Succeeded is false.
        }

        await scorer.ScoreAsync(result.Version!, cancellationToken);
        var location = $"{request.PathBase}{request.Path}/{input.Id}/draft";
        return TypedResults.Created(location, DesignResponse.From(result.Version!, institution, input.Id, kind));
    }

    private static async Task<Results<Ok<DesignResponse>, ValidationProblem, ProblemHttpResult>> SaveDraftAsync(
        DesignKind kind, string institution, string id, HttpRequest request, ClaimsPrincipal user, DesignStore store, DesignScorer scorer, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        if (await CheckInstitutionAsync(institution, user, institutions, users, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var (input, errors) = await DesignInput.ReadAsync(kind, request, cancellationToken);
        if (input is null)
        {
            return errors.ToProblem();
        }

        if (input.Id != id)
        {
            var mismatch = new FieldErrors();
            mismatch.Add("id", ApiCodes.IdMismatch, $"The body's id '{input.Id}' differs from the id '{id}' in the URL.");
            return mismatch.ToProblem();
        }

        var result = await input.SaveDraftAsync(store, institution, UserInstitution.ActorOf(user), cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result.Code!); // Code is set whenever Succeeded is false.
        }

        await scorer.ScoreAsync(result.Version!, cancellationToken);
        return TypedResults.Ok(DesignResponse.From(result.Version!, institution, id, kind));
    }

    private static async Task<Results<Ok<DesignResponse>, ProblemHttpResult>> PublishAsync(
        DesignKind kind, string institution, string id, ClaimsPrincipal user, DesignStore store, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        if (await CheckInstitutionAsync(institution, user, institutions, users, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var result = await store.PublishAsync(institution, kind, id, UserInstitution.ActorOf(user), cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(DesignResponse.From(result.Version!, institution, id, kind))
            : Refused(result.Code!); // Code is set whenever Succeeded is false.
    }

    private static async Task<ProblemHttpResult?> CheckInstitutionAsync(
        string slug, ClaimsPrincipal user, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var institution = await institutions.FindAsync(slug, cancellationToken);
        if (institution is null)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{slug}'.");
        }

        return await UserInstitution.MayActForAsync(user, institution, users)
            ? null
            : Problems.Coded(StatusCodes.Status403Forbidden, ApiCodes.OtherInstitution, $"You do not work for '{slug}'.");
    }

    private static ProblemHttpResult NotFound() =>
        Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.NotFound, "There is no such design or version.");

    private static ProblemHttpResult Refused(string code) => code switch
    {
        DesignCodes.InstitutionNotFound or DesignCodes.NotFound => Problems.Coded(StatusCodes.Status404NotFound, code, "There is no such institution or design."),
        DesignCodes.AlreadyExists => Problems.Coded(StatusCodes.Status409Conflict, code, "A design with this id already exists; update its draft instead."),
        _ => Problems.Coded(StatusCodes.Status409Conflict, code, "There is no open draft to publish."),
    };
}
