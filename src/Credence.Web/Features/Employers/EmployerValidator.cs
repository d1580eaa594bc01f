using Credence.Web.Features.Reviews;
using Credence.Web.Shared;

namespace Credence.Web.Features.Employers;

/// <summary>Checks employer and engagement input, listing every problem by field.</summary>
internal static class EmployerValidator
{
    public static FieldErrors Validate(EmployerRequest request)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", ApiCodes.Required, "The employer's name is required.");
        }
        else if (request.Name.Length > 300)
        {
            errors.Add("name", ApiCodes.TooLong, "A name has at most 300 characters.");
        }

        if (request.Sector is { Length: > 200 })
        {
            errors.Add("sector", ApiCodes.TooLong, "A sector has at most 200 characters.");
        }

        if (!string.IsNullOrWhiteSpace(request.Url) && (request.Url.Length > 2000 || !ReviewValidator.IsWebUrl(request.Url)))
        {
            errors.Add("url", ReviewCodes.InvalidUrl, "Use an absolute http or https link of at most 2000 characters.");
        }

        if (request.AccountEmail is { Length: > 256 })
        {
            errors.Add("accountEmail", ApiCodes.TooLong, "An email has at most 256 characters.");
        }

        return errors;
    }

    public static FieldErrors Validate(EngagementRequest request)
    {
        var errors = new FieldErrors();
        if (request.Activity is null)
        {
            errors.Add("activity", ApiCodes.Required, "Say what the employer did: validated, co-designed, endorsed, work-based-learning, hiring-commitment or initiated.");
        }

        if (request.Evidence is { Length: > 2000 })
        {
            errors.Add("evidence", ApiCodes.TooLong, "Evidence has at most 2000 characters.");
        }

        return errors;
    }
}
