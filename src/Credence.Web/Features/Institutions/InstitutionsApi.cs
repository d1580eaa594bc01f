using System.Text.RegularExpressions;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Features.Institutions;

/// <summary>REST API for the institutions an instance hosts: anyone lists them, admins add them.</summary>
internal static partial class InstitutionsApi
{
    public static IEndpointRouteBuilder MapInstitutionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/institutions").WithTags("Institutions");
        group.MapGet("/", ListAsync).WithName("ListInstitutions").WithSummary("Every institution this instance hosts.");
        group.MapPost("/", AddAsync)
            .RequireAuthorization(AccountSetup.ManageInstitutions)
            .WithName("AddInstitution")
            .WithSummary("Add an institution (admins only).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<InstitutionResponse>>> ListAsync(InstitutionStore institutions, CancellationToken cancellationToken)
    {
        var all = await institutions.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<InstitutionResponse>>(all.Select(InstitutionResponse.From).ToList());
    }

    private static async Task<Results<Created<InstitutionResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        InstitutionRequest request, HttpContext context, InstitutionStore institutions, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Slug))
        {
            errors.Add("slug", ApiCodes.Required, "A slug is required.");
        }
        else if (request.Slug.Length > 100 || !Slug().IsMatch(request.Slug))
        {
            errors.Add("slug", ApiCodes.InvalidId, "Use lowercase letters, digits and single dashes, at most 100 characters.");
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", ApiCodes.Required, "A name is required.");
        }
        else if (request.Name.Length > 300)
        {
            errors.Add("name", ApiCodes.TooLong, "A name has at most 300 characters.");
        }

        if (request.Country is not null && !Country().IsMatch(request.Country))
        {
            errors.Add("country", ApiCodes.OutOfRange, "Use a two-letter ISO 3166-1 code such as US.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (await institutions.FindAsync(request.Slug!, cancellationToken) is not null)
        {
            return Problems.Coded(StatusCodes.Status409Conflict, ApiCodes.InstitutionExists, $"An institution '{request.Slug}' already exists.");
        }

        var added = await institutions.AddAsync(
            new Institution { Slug = request.Slug!, Name = request.Name!, Country = request.Country, Url = request.Url, Description = request.Description },
            UserInstitution.ActorOf(context.User),
            cancellationToken);
        return TypedResults.Created($"/api/institutions/{added.Slug}", InstitutionResponse.From(added));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Country();
}
