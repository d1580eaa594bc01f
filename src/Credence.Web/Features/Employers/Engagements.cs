using System.Security.Claims;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Designs;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Employers;

/// <summary>Who may record an engagement for a design, and recording it: an employer account for the partner it is linked to, on a published design; the institution's admins and designers for any of its partners.</summary>
internal static class Engagements
{
    public static async Task<EngagementOutcome> RecordAsync(
        DesignKind kind, string institution, string id, EngagementRequest request, ClaimsPrincipal user, IServiceProvider services, CancellationToken cancellationToken)
    {
        var owner = await services.GetRequiredService<InstitutionStore>().FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return Refused(Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'."));
        }

        var db = services.GetRequiredService<CredenceDbContext>();
        var users = services.GetRequiredService<UserManager<CredenceUser>>();
        var store = services.GetRequiredService<DesignStore>();
        var errors = EmployerValidator.Validate(request);
        Employer? employer;
        DesignVersion? version;
        var manager = await DesignAccess.CheckAsync(user, owner, DesignAccess.PartnerManagerRoles, users);
        if (manager == Access.Allowed)
        {
            employer = request.EmployerId is { } employerId
                ? await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.InstitutionId == owner.Id && e.Id == employerId, cancellationToken)
                : null;
            if (request.EmployerId is null)
            {
                errors.Add("employerId", ApiCodes.Required, "Name the employer partner the engagement is for.");
            }
            else if (employer is null)
            {
                errors.Add("employerId", ReviewCodes.EmployerNotFound, "The institution has no employer partner with that id.");
            }

            if (!errors.IsEmpty)
            {
                return new EngagementOutcome(null, errors.ToProblem(), errors);
            }

            version = await store.FindAsync(institution, kind, id, DesignVersionChoice.Newest, cancellationToken);
        }
        else if (user.IsInRole(CredenceRoles.Employer))
        {
            var linked = (await EmployerAccounts.PartnersAsync(user, users, db, cancellationToken)).Where(e => e.InstitutionId == owner.Id).ToList();
            if (linked.Count == 0)
            {
                return Refused(Problems.Coded(StatusCodes.Status403Forbidden, ReviewCodes.NotAPartner, $"Your account is not linked to an employer partner of '{institution}'."));
            }

            employer = request.EmployerId is { } wanted ? linked.FirstOrDefault(e => e.Id == wanted) : linked[0];
            if (employer is null)
            {
                errors.Add("employerId", ReviewCodes.EmployerNotFound, "Your account is not linked to that employer partner.");
            }

            if (!errors.IsEmpty)
            {
                return new EngagementOutcome(null, errors.ToProblem(), errors);
            }

            version = await store.FindAsync(institution, kind, id, DesignVersionChoice.Published, cancellationToken);
            if (version is null && await store.FindAsync(institution, kind, id, DesignVersionChoice.Newest, cancellationToken) is not null)
            {
                return Refused(Problems.Coded(StatusCodes.Status409Conflict, ReviewCodes.NotPublished, "Employers validate and endorse published designs."));
            }
        }
        else
        {
            return Refused(DesignAccess.Refusal(manager));
        }

        if (version is null)
        {
            return Refused(Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.NotFound, "There is no such design."));
        }

        var recorded = await EmployerLedger.EngageAsync(
            db, services.GetRequiredService<DesignScorer>(), services.GetRequiredService<TimeProvider>(), version, employer!, request, UserInstitution.ActorOf(user), cancellationToken); // Set on every path that reaches here.
        var scorecards = await store.ListScorecardsAsync(version.Id, cancellationToken);
        return new EngagementOutcome(new EngagementRecorded(recorded, scorecards.Select(ScorecardResponse.From).ToList()), null);
    }

    private static EngagementOutcome Refused(IResult refusal) => new(null, refusal);
}
