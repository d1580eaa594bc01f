using System.Globalization;
using Credence.Persistence.Institutions;
using Credence.Persistence.Issuing;
using Credence.Persistence.Keys;
using Microsoft.Net.Http.Headers;

namespace Credence.Web.Features.PublicDocuments;

/// <summary>What verifiers anywhere fetch: each institution's did:web document and its Bitstring Status List credentials, with HTTP caching
/// (a short <c>max-age</c>, an <c>ETag</c> per publication, <c>304 Not Modified</c>).</summary>
internal static class PublicDocumentsApi
{
    /// <summary>How long a status list may be cached: a revocation shows within this time.</summary>
    public const int StatusListMaxAgeSeconds = 60;

    public const int DidDocumentMaxAgeSeconds = 300;

    public static IEndpointRouteBuilder MapPublicDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/issuers/{institution}").WithTags("Public documents");
        group.MapGet("/did.json", DidDocumentAsync)
            .WithName("GetDidDocument")
            .WithSummary("The institution's did:web DID document: every signing key, active and retired.");
        group.MapGet("/status/{purpose}/{number:int}", StatusListAsync)
            .WithName("GetStatusList")
            .WithSummary("A signed BitstringStatusListCredential (revocation or suspension); cacheable for a minute, with ETag and 304.");
        group.MapGet("/microcredentials/{id}/versions/{number:int}", (string institution, string id) =>
                TypedResults.Redirect($"/catalog/{Uri.EscapeDataString(institution)}/microcredentials/{Uri.EscapeDataString(id)}"))
            .WithName("GetAchievement").WithSummary("The achievement a credential names: redirects to the microcredential's catalog page.");
        group.MapGet("/pathways/{id}", (string institution, string id) =>
                TypedResults.Redirect($"/catalog/{Uri.EscapeDataString(institution)}/pathways/{Uri.EscapeDataString(id)}"))
            .WithName("GetPathwayAchievement").WithSummary("The pathway a learner record associates credentials with: redirects to its catalog page.");
        return app;
    }

    private static async Task<IResult> DidDocumentAsync(string institution, HttpContext context, InstitutionStore institutions, IssuerKeyService keys, CancellationToken cancellationToken)
    {
        var found = await institutions.FindAsync(institution, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var document = await keys.BuildDidDocumentAsync(found, cancellationToken);
        context.Response.Headers.CacheControl = $"public, max-age={DidDocumentMaxAgeSeconds}";
        return TypedResults.Text(document, "application/did+json");
    }

    private static async Task<IResult> StatusListAsync(
        string institution, string purpose, int number, HttpContext context, StatusListService statusLists, CancellationToken cancellationToken)
    {
        if (!IssuingUrls.TryParsePurpose(purpose, out var statusPurpose))
        {
            return TypedResults.NotFound();
        }

        var published = await statusLists.GetPublishedAsync(institution, statusPurpose, number, cancellationToken);
        if (published is null)
        {
            return TypedResults.NotFound();
        }

        var etag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{published.Version}\""));
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = published.SignedAt;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(StatusListMaxAgeSeconds) };
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Text(published.Json, "application/vc+ld+json");
    }
}
