using System.Security.Claims;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Persistence.Issuing;
using Credence.Persistence.Issuing.Bulk;
using Credence.Persistence.Mail;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Issuing;

/// <summary>REST API for issuers (role issuer, their own institution; admins any): record assessment results, see awards, issue,
/// issue in bulk from CSV, list credentials, revoke, suspend, unsuspend, reissue; and the admins' mail outbox.</summary>
internal static class IssuingApi
{
    public static IEndpointRouteBuilder MapIssuingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/issuing/{institution}").WithTags("Issuing").RequireAuthorization(AccountSetup.IssueCredentials);
        group.MapPost("/results", RecordResultsAsync).WithName("RecordResults")
            .WithSummary("Record a learner's assessment results; an award is made when every competency is mastered.");
        group.MapGet("/awards", ListAwardsAsync).WithName("ListAwards").WithSummary("Awards of the institution, with the credential issued for each.");
        group.MapPost("/awards/{awardId:long}/issue", IssueAsync).WithName("IssueAward").WithSummary("Issue the signed credential for an award (idempotent).");
        group.MapPost("/bulk", BulkAsync).WithName("IssueBulk")
            .WithSummary("Issue from a CSV (body text/csv or multipart file, ?microcredential=ID): every bad row and field reported, good rows issued, a re-upload never duplicates.")
            .DisableAntiforgery();
        group.MapGet("/credentials", ListCredentialsAsync).WithName("ListIssuedCredentials")
            .WithSummary("Issued credentials: state (active, suspended, revoked), expiringWithinDays, learner (e-mail), microcredential, page, pageSize.");
        group.MapGet("/credentials/{id:guid}", GetCredentialAsync).WithName("GetIssuedCredential").WithSummary("One issued credential with its signed JSON.");
        group.MapPost("/credentials/{id:guid}/revoke", (string institution, Guid id, StateChangeRequest request, HttpContext context, CancellationToken ct) =>
            ChangeAsync(institution, id, context, (s, a) => s.RevokeAsync(institution, id, request.Reason ?? string.Empty, a, ct), string.IsNullOrWhiteSpace(request.Reason), ct))
            .WithName("RevokeCredential").WithSummary("Revoke for good, with a reason; the status list is re-signed.");
        group.MapPost("/credentials/{id:guid}/suspend", (string institution, Guid id, StateChangeRequest request, HttpContext context, CancellationToken ct) =>
            ChangeAsync(institution, id, context, (s, a) => s.SuspendAsync(institution, id, request.Reason ?? string.Empty, a, ct), string.IsNullOrWhiteSpace(request.Reason), ct))
            .WithName("SuspendCredential").WithSummary("Suspend, with a reason (needs Credence:Issuing:StatusPurpose suspension).");
        group.MapPost("/credentials/{id:guid}/unsuspend", (string institution, Guid id, HttpContext context, CancellationToken ct) =>
            ChangeAsync(institution, id, context, (s, a) => s.UnsuspendAsync(institution, id, a, ct), false, ct))
            .WithName("UnsuspendCredential").WithSummary("Reinstate a suspended credential.");
        group.MapPost("/credentials/{id:guid}/reissue", (string institution, Guid id, StateChangeRequest? request, HttpContext context, CancellationToken ct) =>
            ChangeAsync(institution, id, context, (s, a) => s.ReissueAsync(institution, id, request?.RevokePrevious ?? true, a, ct), false, ct))
            .WithName("ReissueCredential").WithSummary("Issue a fresh credential for the same award (renewal); the old one is revoked unless revokePrevious is false.");

        var admin = app.MapGroup("/api/admin/outbox").WithTags("Issuing").RequireAuthorization(AccountSetup.ManageInstitutions);
        admin.MapGet("/", async (OutboxSender outbox, int? page, CancellationToken ct) =>
                TypedResults.Ok((await outbox.ListAsync(null, (Math.Max(1, page ?? 1) - 1) * 100, 100, ct)).Select(OutboxResponse.From).ToList()))
            .WithName("ListOutbox").WithSummary("The mail outbox: notifications pending, sent, written to the pickup folder or failed.");
        admin.MapPost("/send", async (OutboxSender outbox, CancellationToken ct) => TypedResults.Ok(new { sent = await outbox.SendPendingAsync(500, ct) }))
            .WithName("SendOutbox").WithSummary("Send (or write to the pickup folder) up to 500 pending messages now.");
        return app;
    }

    /// <summary>The institution when the caller may act for it; else a 404 or 403 problem.</summary>
    internal static async Task<(Institution? Institution, ProblemHttpResult? Problem)> AuthorizeAsync(
        string slug, ClaimsPrincipal user, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var institution = await institutions.FindAsync(slug, cancellationToken);
        if (institution is null)
        {
            return (null, Problems.Coded(StatusCodes.Status404NotFound, IssuingCodes.InstitutionNotFound, $"No institution '{slug}'."));
        }

        return await UserInstitution.MayActForAsync(user, institution, users)
            ? (institution, null)
            : (null, Problems.Coded(StatusCodes.Status403Forbidden, ApiCodes.OtherInstitution, "You issue for another institution."));
    }

    private static async Task<Results<Ok<RecordResultsResponse>, ValidationProblem, ProblemHttpResult>> RecordResultsAsync(
        string institution, RecordResultsRequest request, HttpContext context, MasteryService mastery, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.MicrocredentialId))
        {
            errors.Add("microcredentialId", ApiCodes.Required, "Name the microcredential.");
        }

        if (request.Results is not { Count: > 0 })
        {
            errors.Add("results", ApiCodes.Required, "Give at least one competency result.");
        }
        else
        {
            for (var i = 0; i < request.Results.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(request.Results[i].CompetencyId))
                {
                    errors.Add($"results[{i}].competencyId", ApiCodes.Required, "Name the competency.");
                }
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var outcome = await mastery.RecordAsync(
            found!.Slug,
            request.MicrocredentialId!,
            new LearnerInfo(request.Learner?.Email ?? string.Empty, request.Learner?.Name ?? string.Empty),
            request.Results!.Select(r => new CompetencyResult
            {
                CompetencyId = r.CompetencyId!,
                ProficiencyLevel = r.ProficiencyLevel,
                Result = r.Result,
                Mastered = r.Mastered,
                Assessor = r.Assessor,
                Evidence = (r.Evidence ?? []).Select(e => new EvidenceLink { Url = e.Url ?? string.Empty, Title = e.Title }).ToList(),
                AssessedAt = r.AssessedAt,
            }).ToList(),
            UserInstitution.ActorOf(context.User),
            cancellationToken);
        if (outcome.Problems.FirstOrDefault(p => p.Code == IssuingCodes.MicrocredentialNotFound) is { } missing)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, missing.Code, missing.Message);
        }

        if (!outcome.Succeeded)
        {
            foreach (var p in outcome.Problems)
            {
                errors.Add(p.Field is null ? "microcredentialId" : p.Field is "email" or "name" ? "learner." + p.Field : p.Field, p.Code, p.Message);
            }

            return errors.ToProblem();
        }

        return TypedResults.Ok(new RecordResultsResponse(outcome.Award is not null, outcome.Award?.Id, outcome.Outstanding));
    }

    private static async Task<Results<Ok<IReadOnlyList<AwardResponse>>, ProblemHttpResult>> ListAwardsAsync(
        string institution, HttpContext context, IssuingQueries queries, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        return problem ?? (Results<Ok<IReadOnlyList<AwardResponse>>, ProblemHttpResult>)TypedResults.Ok(await queries.AwardsAsync(found!.Id, cancellationToken));
    }

    private static async Task<Results<Created<CredentialResponse>, ProblemHttpResult>> IssueAsync(
        string institution, long awardId, HttpContext context, IssuanceService issuance, IssuingQueries queries, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await issuance.IssueAsync(found!.Slug, awardId, UserInstitution.ActorOf(context.User), cancellationToken);
        if (!outcome.Succeeded)
        {
            return OutcomeProblem(outcome.Code!);
        }

        var response = await queries.CredentialAsync(found.Id, outcome.Credential!.CredentialId, cancellationToken);
        return TypedResults.Created($"/api/issuing/{found.Slug}/credentials/{outcome.Credential.CredentialId:D}", response);
    }

    private static async Task<Results<Ok<BulkResponse>, ValidationProblem, ProblemHttpResult>> BulkAsync(
        string institution, string? microcredential, HttpContext context, BulkIssuer bulk, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        string csv;
        var fileName = "upload.csv";
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(cancellationToken);
            microcredential ??= form["microcredential"].ToString();
            if (form.Files.GetFile("file") is not { } file)
            {
                return Missing("file", "Attach the CSV file.");
            }

            fileName = file.FileName;
            using var reader = new StreamReader(file.OpenReadStream());
            csv = await reader.ReadToEndAsync(cancellationToken);
        }
        else
        {
            using var reader = new StreamReader(context.Request.Body);
            csv = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(microcredential))
        {
            return Missing("microcredential", "Name the microcredential the rows are for.");
        }

        var report = await bulk.RunAsync(
            new BulkIssueRequest { Institution = found!.Slug, MicrocredentialId = microcredential, Csv = csv, FileName = fileName, StartedBy = UserInstitution.ActorOf(context.User).UserId },
            null,
            cancellationToken);
        if (report.Code is IssuingCodes.MicrocredentialNotFound or IssuingCodes.InstitutionNotFound)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, report.Code, $"No published microcredential '{microcredential}'.");
        }

        return TypedResults.Ok(BulkResponse.From(report));
    }

    private static async Task<Results<Ok<IReadOnlyList<CredentialResponse>>, ProblemHttpResult>> ListCredentialsAsync(
        string institution, string? state, int? expiringWithinDays, string? learner, string? microcredential, int? page, int? pageSize,
        HttpContext context, IssuingQueries queries, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        CredentialState? parsed = null;
        if (state is { Length: > 0 })
        {
            if (!Enum.TryParse<CredentialState>(state, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                return Problems.Coded(StatusCodes.Status400BadRequest, ApiCodes.InvalidQuery, "state is active, suspended or revoked.");
            }

            parsed = value;
        }

        if (expiringWithinDays is < 1 or > 3650 || page < 1 || pageSize is < 1 or > 200)
        {
            return Problems.Coded(StatusCodes.Status400BadRequest, ApiCodes.InvalidQuery, "expiringWithinDays is 1–3650, page at least 1, pageSize 1–200.");
        }

        var filter = new CredentialFilter(parsed, expiringWithinDays, learner, microcredential, page ?? 1, pageSize ?? 50);
        return TypedResults.Ok(await queries.CredentialsAsync(found!.Id, filter, cancellationToken));
    }

    private static async Task<Results<Ok<CredentialResponse>, ProblemHttpResult>> GetCredentialAsync(
        string institution, Guid id, HttpContext context, IssuingQueries queries, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await queries.CredentialAsync(found!.Id, id, cancellationToken) is { } credential
            ? TypedResults.Ok(credential)
            : Problems.Coded(StatusCodes.Status404NotFound, IssuingCodes.CredentialNotFound, "No such credential of this institution.");
    }

    private static async Task<Results<Ok<CredentialResponse>, ProblemHttpResult>> ChangeAsync(
        string institution, Guid id, HttpContext context, Func<IssuanceService, Persistence.Auditing.Actor, Task<IssuanceOutcome>> change, bool reasonMissing, CancellationToken cancellationToken)
    {
        var (found, problem) = await AuthorizeAsync(institution, context.User, Services<InstitutionStore>(context), Services<UserManager<CredenceUser>>(context), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (reasonMissing)
        {
            return Problems.Coded(StatusCodes.Status400BadRequest, IssuingCodes.ReasonMissing, "Give a reason.");
        }

        var outcome = await change(Services<IssuanceService>(context), UserInstitution.ActorOf(context.User));
        if (!outcome.Succeeded)
        {
            return OutcomeProblem(outcome.Code!);
        }

        var credential = await Services<IssuingQueries>(context).CredentialAsync(found!.Id, outcome.Credential!.CredentialId, cancellationToken);
        return TypedResults.Ok(credential!);
    }

    internal static ProblemHttpResult OutcomeProblem(string code) => code switch
    {
        IssuingCodes.CredentialNotFound or IssuingCodes.AwardNotFound or IssuingCodes.MicrocredentialNotFound or IssuingCodes.InstitutionNotFound
            => Problems.Coded(StatusCodes.Status404NotFound, code, "Not found."),
        IssuingCodes.ReasonMissing => Problems.Coded(StatusCodes.Status400BadRequest, code, "Give a reason."),
        _ => Problems.Coded(StatusCodes.Status409Conflict, code, "The credential's state does not allow this."),
    };

    private static ValidationProblem Missing(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, ApiCodes.Required, message);
        return errors.ToProblem();
    }

    private static T Services<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();
}
