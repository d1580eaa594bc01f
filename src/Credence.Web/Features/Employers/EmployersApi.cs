using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Employers;

/// <summary>REST API of employer partners: institutions list and add their partners (linking employer accounts); employers validate and endorse published designs; anyone reads a published design's engagements.</summary>
internal static class EmployersApi
{
    public static IEndpointRouteBuilder MapEmployersApi(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/institutions/{institution}/employers").WithTags("Employers");
        partners.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.StaffRoles))
            .Produces<IReadOnlyList<EmployerResponse>>()
            .WithName("ListEmployers")
            .WithSummary("The institution's employer partners with what each did for which design (staff of the institution).");
        partners.MapPost("/", AddAsync)
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.PartnerManagerRoles))
            .Accepts<EmployerRequest>("application/json")
            .Produces<EmployerResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithName("AddEmployer")
            .WithSummary("Add an employer partner (admins and designers of the institution); accountEmail links an existing account with the employer role.");
        partners.MapPost("/{employerId:long}/accounts", LinkAsync)
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.PartnerManagerRoles))
            .Accepts<AccountLinkRequest>("application/json")
            .Produces<EmployerResponse>()
            .ProducesValidationProblem()
            .WithName("LinkEmployerAccount")
            .WithSummary("Link an account with the employer role to an employer partner, so it can validate and endorse the institution's designs.");

        foreach (var kind in new[] { DesignKind.Microcredential, DesignKind.Pathway })
        {
            var one = kind == DesignKind.Microcredential ? "Microcredential" : "Pathway";
            var group = app.MapGroup($"/api/{DesignAccess.Segment(kind)}/{{institution}}/{{id}}/engagements").WithTags("Employers");
            group.MapGet("/", (string institution, string id, HttpContext context, CancellationToken cancellationToken) => ListForDesignAsync(kind, institution, id, context, cancellationToken))
                .Produces<IReadOnlyList<EngagementResponse>>()
                .WithName($"List{one}Engagements")
                .WithSummary("What employers did for a published design (staff of the institution also see drafts' engagements).");
            group.MapPost("/", (string institution, string id, HttpContext context, CancellationToken cancellationToken) => EngageAsync(kind, institution, id, context, cancellationToken))
                .RequireAuthorization(policy => policy.RequireRole(CredenceRoles.Admin, CredenceRoles.Designer, CredenceRoles.Employer))
                .Accepts<EngagementRequest>("application/json")
                .Produces<EngagementRecorded>(StatusCodes.Status201Created)
                .ProducesValidationProblem()
                .WithName($"Engage{one}")
                .WithSummary("Record that an employer validated, co-designed, endorsed… the design: employer accounts for their own partner record on published designs, admins and designers of the institution for any partner (employerId). The design is rescored.");
        }

        return app;
    }

    private static async Task<IResult> ListAsync(
        string institution, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'.");
        }

        var access = await DesignAccess.CheckAsync(context.User, owner, DesignAccess.StaffRoles, users);
        return access == Access.Allowed ? TypedResults.Ok(await EmployerLedger.ListAsync(db, owner.Id, cancellationToken)) : DesignAccess.Refusal(access);
    }

    /// <summary>The institution, when it exists and the caller may manage its employer partners; otherwise the answer that refuses.</summary>
    private static async Task<(Institution? Owner, IResult? Refusal)> PartnerManagerAsync(
        string institution, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return (null, Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'."));
        }

        var access = await DesignAccess.CheckAsync(context.User, owner, DesignAccess.PartnerManagerRoles, users);
        return access == Access.Allowed ? (owner, null) : (null, DesignAccess.Refusal(access));
    }

    private static async Task<IResult> AddAsync(
        string institution, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, CredenceDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await PartnerManagerAsync(institution, context, institutions, users, cancellationToken);
        if (owner is null)
        {
            return refusal!; // Set whenever there is no owner to act for.
        }

        var (body, errors) = await RequestBody.ReadAsync<EmployerRequest>(context.Request, cancellationToken);
        if (body is null)
        {
            return errors.ToProblem();
        }

        var added = await AddEmployerAsync(db, users, time, owner, body, UserInstitution.ActorOf(context.User), cancellationToken);
        return added.Refusal ?? TypedResults.Created($"{context.Request.PathBase}{context.Request.Path}", added.Employer);
    }

    private static async Task<IResult> LinkAsync(
        string institution, long employerId, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await PartnerManagerAsync(institution, context, institutions, users, cancellationToken);
        if (owner is null)
        {
            return refusal!; // Set whenever there is no owner to act for.
        }

        var (body, errors) = await RequestBody.ReadAsync<AccountLinkRequest>(context.Request, cancellationToken);
        if (body is null)
        {
            return errors.ToProblem();
        }

        var linked = await LinkAccountAsync(db, users, owner, employerId, body.Email, cancellationToken);
        return linked.Refusal ?? TypedResults.Ok(linked.Employer);
    }

    /// <summary>Links the account with that email to the partner; shared by the API and the partners page.</summary>
    public static async Task<(EmployerResponse? Employer, IResult? Refusal, FieldErrors Errors)> LinkAccountAsync(
        CredenceDbContext db, UserManager<CredenceUser> users, Institution owner, long employerId, string? email, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var employer = await db.Employers.FindAsync([employerId], cancellationToken);
        if (employer is null || employer.InstitutionId != owner.Id)
        {
            errors.Add("employerId", ReviewCodes.EmployerNotFound, "The institution has no employer partner with that id.");
            return (null, Problems.Coded(StatusCodes.Status404NotFound, ReviewCodes.EmployerNotFound, "The institution has no employer partner with that id."), errors);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("email", ApiCodes.Required, "Give the email of the employer account.");
        }
        else if (!await EmployerAccounts.LinkAsync(users, db, email.Trim(), employer))
        {
            errors.Add("email", ReviewCodes.NotAnEmployerAccount, "No account with that email has the employer role.");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors.ToProblem(), errors);
        }

        var all = await EmployerLedger.ListAsync(db, owner.Id, cancellationToken);
        return (all.Single(e => e.Id == employer.Id), null, errors);
    }

    /// <summary>Validates and adds a partner, linking the named employer account; shared by the API and the partners page.</summary>
    public static async Task<(EmployerResponse? Employer, IResult? Refusal, FieldErrors Errors)> AddEmployerAsync(
        CredenceDbContext db, UserManager<CredenceUser> users, TimeProvider time, Institution owner, EmployerRequest body, Persistence.Auditing.Actor actor, CancellationToken cancellationToken)
    {
        var errors = EmployerValidator.Validate(body);
        CredenceUser? account = null;
        if (!string.IsNullOrWhiteSpace(body.AccountEmail) && errors.IsEmpty)
        {
            account = await users.FindByEmailAsync(body.AccountEmail.Trim());
            if (account is null || !await users.IsInRoleAsync(account, CredenceRoles.Employer))
            {
                errors.Add("accountEmail", ReviewCodes.NotAnEmployerAccount, "No account with that email has the employer role.");
            }
        }

        if (!errors.IsEmpty)
        {
            return (null, errors.ToProblem(), errors);
        }

        if (await EmployerLedger.ExistsAsync(db, owner.Id, body.Name!, cancellationToken)) // Validated as present.
        {
            errors.Add("name", ReviewCodes.EmployerExists, "The institution already has an employer partner of that name.");
            return (null, Problems.Coded(StatusCodes.Status409Conflict, ReviewCodes.EmployerExists, "The institution already has an employer partner of that name."), errors);
        }

        var employer = await EmployerLedger.AddAsync(db, time, owner, body, actor, cancellationToken);
        if (account is not null)
        {
            await EmployerAccounts.LinkAsync(users, db, account.Email!, employer); // FindByEmailAsync matched on the email.
        }

        return (new EmployerResponse(employer.Id, employer.Name, employer.Sector, employer.Url, []), null, errors);
    }

    private static async Task<IResult> ListForDesignAsync(DesignKind kind, string institution, string id, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var owner = await services.GetRequiredService<InstitutionStore>().FindAsync(institution, cancellationToken);
        var store = services.GetRequiredService<DesignStore>();
        var staff = owner is not null && await DesignAccess.CheckAsync(context.User, owner, DesignAccess.StaffRoles, services.GetRequiredService<UserManager<CredenceUser>>()) == Access.Allowed;
        var version = await store.FindAsync(institution, kind, id, staff ? DesignVersionChoice.Newest : DesignVersionChoice.Published, cancellationToken);
        return version is null
            ? Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.NotFound, "There is no such published design.")
            : TypedResults.Ok(await EmployerLedger.ForDesignAsync(services.GetRequiredService<CredenceDbContext>(), version.DesignId, cancellationToken));
    }

    private static async Task<IResult> EngageAsync(DesignKind kind, string institution, string id, HttpContext context, CancellationToken cancellationToken)
    {
        var (body, errors) = await RequestBody.ReadAsync<EngagementRequest>(context.Request, cancellationToken);
        if (body is null)
        {
            return errors.ToProblem();
        }

        var outcome = await Engagements.RecordAsync(kind, institution, id, body, context.User, context.RequestServices, cancellationToken);
        return outcome.Refusal ?? TypedResults.Created($"{context.Request.PathBase}{context.Request.Path}", outcome.Recorded);
    }
}
