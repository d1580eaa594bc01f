using System.Text.RegularExpressions;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Web.Shared;

namespace Credence.Web.Features.Designs;

/// <summary>Checks a design sent to the API or a form before it is stored, reporting every problem with its field and code.</summary>
internal static partial class DesignValidator
{
    private const int MaxIdLength = 100;
    private const int MaxTitleLength = 500;

    public static FieldErrors Validate(Microcredential microcredential)
    {
        var errors = new FieldErrors();
        CheckId(errors, "id", microcredential.Id);
        CheckTitle(errors, microcredential.Title);
        if (microcredential.EqfLevel is < 1 or > 8)
        {
            errors.Add("eqfLevel", ApiCodes.OutOfRange, "The EQF level is between 1 and 8.");
        }

        var competencyIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < microcredential.Competencies.Count; i++)
        {
            var competency = microcredential.Competencies[i];
            var field = $"competencies[{i}]";
            CheckId(errors, field + ".id", competency.Id);
            if (!string.IsNullOrEmpty(competency.Id) && !competencyIds.Add(competency.Id))
            {
                errors.Add(field + ".id", ApiCodes.DuplicateId, $"Another competency already has the id '{competency.Id}'.");
            }

            if (string.IsNullOrWhiteSpace(competency.Statement))
            {
                errors.Add(field + ".statement", ApiCodes.Required, "Say what the learner can do.");
            }
        }

        if (microcredential.Cost is { } cost)
        {
            CheckNotNegative(errors, "cost.tuition", cost.Tuition);
            CheckNotNegative(errors, "cost.fees", cost.Fees);
            CheckNotNegative(errors, "cost.materials", cost.Materials);
            if (!CurrencyCode().IsMatch(cost.Currency ?? string.Empty))
            {
                errors.Add("cost.currency", ApiCodes.InvalidCurrency, "Use a three-letter ISO 4217 code such as USD or EUR.");
            }
        }

        if (microcredential.Duration is { } duration)
        {
            CheckNotNegative(errors, "duration.hours", duration.Hours);
            CheckNotNegative(errors, "duration.weeks", duration.Weeks);
            CheckNotNegative(errors, "duration.ects", duration.Ects);
        }

        if (microcredential.Credit is { } credit)
        {
            CheckNotNegative(errors, "credit.creditHours", credit.CreditHours);
        }

        return errors;
    }

    public static FieldErrors Validate(Pathway pathway)
    {
        var errors = new FieldErrors();
        CheckId(errors, "id", pathway.Id);
        CheckTitle(errors, pathway.Title);
        var stageIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pathway.Stages.Count; i++)
        {
            var stage = pathway.Stages[i];
            var field = $"stages[{i}]";
            CheckId(errors, field + ".id", stage.Id);
            if (!string.IsNullOrEmpty(stage.Id) && !stageIds.Add(stage.Id))
            {
                errors.Add(field + ".id", ApiCodes.DuplicateId, $"Another stage already has the id '{stage.Id}'.");
            }

            if (stage.Microcredentials.Count == 0)
            {
                errors.Add(field + ".microcredentials", ApiCodes.Required, "A stage lists at least one microcredential.");
            }
        }

        return errors;
    }

    private static void CheckId(FieldErrors errors, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(field, ApiCodes.Required, "An id is required.");
        }
        else if (id.Length > MaxIdLength || !Id().IsMatch(id))
        {
            errors.Add(field, ApiCodes.InvalidId, "Use lowercase letters, digits and single dashes, at most 100 characters.");
        }
    }

    private static void CheckTitle(FieldErrors errors, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add("title", ApiCodes.Required, "A title is required.");
        }
        else if (title.Length > MaxTitleLength)
        {
            errors.Add("title", ApiCodes.TooLong, "A title has at most 500 characters.");
        }
    }

    private static void CheckNotNegative(FieldErrors errors, string field, decimal? value)
    {
        if (value < 0)
        {
            errors.Add(field, ApiCodes.NegativeNumber, "This cannot be negative.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
