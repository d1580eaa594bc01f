using System.Security.Claims;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Designs;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Reviews;

/// <summary>REST API of the review: a version's scorecards with what reviewers recorded, and recording attestations and reviews (which rescore the version).</summary>
internal static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        MapKind(app, DesignKind.Microcredential, "Microcredential");
        MapKind(app, DesignKind.Pathway, "Pathway");
        return app;
    }

    private static void MapKind(IEndpointRouteBuilder app, DesignKind kind, string one)
    {
        var group = app.MapGroup($"/api/{DesignAccess.Segment(kind)}/{{institution}}/{{id}}").WithTags("Reviews");

        group.MapGet("/scorecard", (string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken) =>
                GetScorecardAsync(kind, institution, id, version, context, cancellationToken))
            .Produces<ScorecardReviewResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName($"Get{one}ScorecardReview")
            .WithSummary($"A version of a {one.ToLowerInvariant()} (version=published|draft|newest|N, default published) with its scorecards per framework; staff of the institution also get its attestations and reviews. Drafts are for staff only.");

        group.MapGet("/attestations", (string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken) =>
                ListAsync(kind, institution, id, version, context, static (db, v, ct) => ListAttestationsAsync(db, v, ct), cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.StaffRoles))
            .Produces<IReadOnlyList<AttestationResponse>>()
            .WithName($"List{one}Attestations")
            .WithSummary("The attestations that count for a version: made on it or on an earlier version, newest first.");

        group.MapPost("/attestations", (string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken) =>
                AttestAsync(kind, institution, id, version, context, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.ReviewerRoles))
            .Accepts<AttestationRequest>("application/json")
            .Produces<AttestationRecorded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithName($"Attest{one}Criterion")
            .WithSummary("Record a reviewer's attestation (confirmed or not, notes, evidence links) of a criterion that needs human judgement; the version is rescored.");

        group.MapGet("/reviews", (string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken) =>
                ListAsync(kind, institution, id, version, context, static (db, v, ct) => ListReviewsAsync(db, v, ct), cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.StaffRoles))
            .Produces<IReadOnlyList<ReviewResponse>>()
            .WithName($"List{one}Reviews")
            .WithSummary("The reviews that count for a version: of it or of an earlier version, newest first.");

        group.MapPost("/reviews", (string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken) =>
                ReviewAsync(kind, institution, id, version, context, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.ReviewerRoles))
            .Accepts<ReviewRequest>("application/json")
            .Produces<ReviewRecorded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithName($"Review{one}")
            .WithSummary("Record a quality review of a version (approved, approved-with-changes, rejected; notes; evidence); the version is rescored.");
    }

    private static async Task<IResult> GetScorecardAsync(DesignKind kind, string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken)
    {
        var located = await LocateAsync(kind, institution, id, version, context, staffOnlyForDrafts: true, roles: null, cancellationToken);
        if (located.Refusal is { } refusal)
        {
            return refusal;
        }

        var services = context.RequestServices;
        var db = services.GetRequiredService<CredenceDbContext>();
        var store = services.GetRequiredService<DesignStore>();
        var v = located.Version!; // Set whenever there is no refusal.
        var versions = await store.ListVersionsAsync(institution, kind, id, cancellationToken);
        var scorecards = await store.ListScorecardsAsync(v.Id, cancellationToken);
        var staff = located.Staff;
        var visible = staff ? versions : versions.Where(x => x.Status == DesignVersionStatus.Published).ToList();
        return TypedResults.Ok(new ScorecardReviewResponse(
            institution,
            id,
            kind,
            v.Number,
            v.Status,
            v.Title,
            visible.Select(x => new VersionSummary(x.Number, x.Status)).ToList(),
            scorecards.Select(ScorecardResponse.From).ToList(),
            staff ? await ReviewLedger.AttestationsAsync(db, v, cancellationToken) : null,
            staff ? await ReviewLedger.ReviewsAsync(db, v, cancellationToken) : null));
    }

    private static async Task<IResult> ListAsync<T>(
        DesignKind kind, string institution, string id, string? version, HttpContext context, Func<CredenceDbContext, DesignVersion, CancellationToken, Task<T>> list, CancellationToken cancellationToken)
    {
        var located = await LocateAsync(kind, institution, id, version, context, staffOnlyForDrafts: false, DesignAccess.StaffRoles, cancellationToken);
        return located.Refusal ?? TypedResults.Ok(await list(context.RequestServices.GetRequiredService<CredenceDbContext>(), located.Version!, cancellationToken));
    }

    private static Task<IReadOnlyList<AttestationResponse>> ListAttestationsAsync(CredenceDbContext db, DesignVersion version, CancellationToken cancellationToken) =>
        ReviewLedger.AttestationsAsync(db, version, cancellationToken);

    private static Task<IReadOnlyList<ReviewResponse>> ListReviewsAsync(CredenceDbContext db, DesignVersion version, CancellationToken cancellationToken) =>
        ReviewLedger.ReviewsAsync(db, version, cancellationToken);

    private static async Task<IResult> AttestAsync(DesignKind kind, string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken)
    {
        var located = await LocateAsync(kind, institution, id, version, context, staffOnlyForDrafts: false, DesignAccess.ReviewerRoles, cancellationToken);
        if (located.Refusal is { } refusal)
        {
            return refusal;
        }

        var (body, errors) = await RequestBody.ReadAsync<AttestationRequest>(context.Request, cancellationToken);
        if (body is null)
        {
            return errors.ToProblem();
        }

        errors = ReviewValidator.Validate(body, kind);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var services = context.RequestServices;
        var db = services.GetRequiredService<CredenceDbContext>();
        var recorded = await ReviewLedger.AttestAsync(
            db, services.GetRequiredService<DesignScorer>(), services.GetRequiredService<TimeProvider>(), located.Version!, body, UserInstitution.ActorOf(context.User), cancellationToken);
        var scorecards = await services.GetRequiredService<DesignStore>().ListScorecardsAsync(located.Version!.Id, cancellationToken);
        return TypedResults.Created(Location(context), new AttestationRecorded(recorded, scorecards.Select(ScorecardResponse.From).ToList()));
    }

    private static async Task<IResult> ReviewAsync(DesignKind kind, string institution, string id, string? version, HttpContext context, CancellationToken cancellationToken)
    {
        var located = await LocateAsync(kind, institution, id, version, context, staffOnlyForDrafts: false, DesignAccess.ReviewerRoles, cancellationToken);
        if (located.Refusal is { } refusal)
        {
            return refusal;
        }

        var (body, errors) = await RequestBody.ReadAsync<ReviewRequest>(context.Request, cancellationToken);
        if (body is null)
        {
            return errors.ToProblem();
        }

        errors = ReviewValidator.Validate(body);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var services = context.RequestServices;
        var recorded = await ReviewLedger.ReviewAsync(
            services.GetRequiredService<CredenceDbContext>(), services.GetRequiredService<DesignScorer>(), services.GetRequiredService<TimeProvider>(), located.Version!, body, UserInstitution.ActorOf(context.User), cancellationToken);
        var scorecards = await services.GetRequiredService<DesignStore>().ListScorecardsAsync(located.Version!.Id, cancellationToken);
        return TypedResults.Created(Location(context), new ReviewRecorded(recorded, scorecards.Select(ScorecardResponse.From).ToList()));
    }

    /// <summary>Finds the institution and the version, and checks the caller: with <paramref name="roles"/> the caller needs one of them for the institution; otherwise drafts need staff of the institution and published versions are public.</summary>
    private static async Task<Located> LocateAsync(
        DesignKind kind, string institution, string id, string? version, HttpContext context, bool staffOnlyForDrafts, string[]? roles, CancellationToken cancellationToken)
    {
        if (!DesignAccess.TryVersion(version, out var request))
        {
            var errors = new FieldErrors();
            errors.Add("version", ApiCodes.InvalidQuery, "Use published, draft, newest or a version number.");
            return new Located(null, false, errors.ToProblem());
        }

        var services = context.RequestServices;
        var owner = await services.GetRequiredService<InstitutionStore>().FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return new Located(null, false, Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'."));
        }

        var users = services.GetRequiredService<UserManager<CredenceUser>>();
        var staff = await DesignAccess.CheckAsync(context.User, owner, DesignAccess.StaffRoles, users) == Access.Allowed;
        if (roles is not null && await DesignAccess.CheckAsync(context.User, owner, roles, users) is var access and not Access.Allowed)
        {
            return new Located(null, staff, DesignAccess.Refusal(access));
        }

        if (staffOnlyForDrafts && !staff && request.Choice is DesignVersionChoice.Draft or DesignVersionChoice.Newest)
        {
            return new Located(null, false, DesignAccess.Refusal(await DesignAccess.CheckAsync(context.User, owner, DesignAccess.StaffRoles, users)));
        }

        var found = await DesignAccess.FindAsync(services.GetRequiredService<DesignStore>(), institution, kind, id, request, cancellationToken);
        if (found is null)
        {
            return new Located(null, staff, Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.NotFound, "There is no such design or version."));
        }

        if (staffOnlyForDrafts && !staff && found.Status != DesignVersionStatus.Published)
        {
            return new Located(null, false, DesignAccess.Refusal(await DesignAccess.CheckAsync(context.User, owner, DesignAccess.StaffRoles, users)));
        }

        return new Located(found, staff, null);
    }

    private static string Location(HttpContext context) => $"{context.Request.PathBase}{context.Request.Path}";

    private sealed record Located(DesignVersion? Version, bool Staff, IResult? Refusal);
}
