using Credence.Persistence.Entities;
using Credence.Web.Shared;

namespace Credence.Web.Features.Reviews;

/// <summary>Checks attestation and review input, listing every problem by field.</summary>
internal static class ReviewValidator
{
    public const int MaxNotes = 4000;
    public const int MaxEvidence = 20;

    public static FieldErrors Validate(AttestationRequest request, DesignKind kind)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.CriterionId))
        {
            errors.Add("criterionId", ApiCodes.Required, "Name the criterion you attest.");
        }
        else if (AttestableCriteria.Find(kind, request.CriterionId) is not { } criterion)
        {
            errors.Add("criterionId", ReviewCodes.UnknownCriterion, $"No built-in framework judges this kind of design by '{request.CriterionId}'.");
        }
        else if (!criterion.IsAttestation)
        {
            errors.Add("criterionId", ReviewCodes.NotAttestation, "This criterion is decided by an automatic check; fix the design instead.");
        }

        if (request.Confirmed is null)
        {
            errors.Add("confirmed", ApiCodes.Required, "Say whether you confirm the criterion is met.");
        }

        Notes(errors, request.Notes);
        Evidence(errors, request.Evidence);
        return errors;
    }

    public static FieldErrors Validate(ReviewRequest request)
    {
        var errors = new FieldErrors();
        if (request.Outcome is null)
        {
            errors.Add("outcome", ApiCodes.Required, "Choose the decision: approved, approved with changes or rejected.");
        }

        Notes(errors, request.Notes);
        Evidence(errors, request.Evidence);
        return errors;
    }

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host);

    private static void Notes(FieldErrors errors, string? notes)
    {
        if (notes is { Length: > MaxNotes })
        {
            errors.Add("notes", ApiCodes.TooLong, $"Notes have at most {MaxNotes} characters.");
        }
    }

    private static void Evidence(FieldErrors errors, IReadOnlyList<EvidenceInput>? evidence)
    {
        if (evidence is null)
        {
            return;
        }

        if (evidence.Count > MaxEvidence)
        {
            errors.Add("evidence", ApiCodes.OutOfRange, $"Attach at most {MaxEvidence} links.");
        }

        for (var i = 0; i < evidence.Count; i++)
        {
            var field = $"evidence[{i}]";
            var url = evidence[i]?.Url;
            if (string.IsNullOrWhiteSpace(url))
            {
                errors.Add(field + ".url", ApiCodes.Required, "Each piece of evidence needs a link.");
            }
            else if (url.Length > 2000 || !IsWebUrl(url))
            {
                errors.Add(field + ".url", ReviewCodes.InvalidUrl, "Use an absolute http or https link of at most 2000 characters.");
            }

            if (evidence[i]?.Title is { Length: > 300 })
            {
                errors.Add(field + ".title", ApiCodes.TooLong, "A title has at most 300 characters.");
            }
        }
    }
}
