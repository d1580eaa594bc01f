using Credence.Domain.Microcredentials;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>The fields of a microcredential a completeness check can require, by their authoring names, with how to tell whether each is given.</summary>
internal static class MicrocredentialFields
{
    public static readonly IReadOnlyDictionary<string, Func<Microcredential, bool>> Present = new Dictionary<string, Func<Microcredential, bool>>(StringComparer.Ordinal)
    {
        ["title"] = m => !string.IsNullOrWhiteSpace(m.Title),
        ["description"] = m => !string.IsNullOrWhiteSpace(m.Description),
        ["provider"] = m => m.Provider is not null,
        ["provider.country"] = m => !string.IsNullOrWhiteSpace(m.Provider?.Country),
        ["level"] = m => m.Level is not null,
        ["eqfLevel"] = m => m.EqfLevel is not null,
        ["languages"] = m => m.Languages.Count > 0,
        ["competencies"] = m => m.Competencies.Count > 0,
        ["assessments"] = m => m.Assessments.Count > 0,
        ["awardRule"] = m => m.AwardRule is not null,
        ["duration"] = m => m.Duration is { Hours: not null } or { Weeks: not null } or { Ects: not null },
        ["duration.hours"] = m => m.Duration?.Hours is not null,
        ["duration.weeks"] = m => m.Duration?.Weeks is not null,
        ["duration.ects"] = m => m.Duration?.Ects is not null,
        ["deliveryModes"] = m => m.DeliveryModes.Count > 0,
        ["pacing"] = m => m.Pacing.Count > 0,
        ["formats"] = m => m.Formats.Count > 0,
        ["cost"] = m => m.Cost?.Total is not null,
        ["credit"] = m => m.Credit is not null,
        ["entry"] = m => m.Entry is not null,
        ["supportServices"] = m => m.SupportServices.Count > 0,
        ["validity"] = m => m.Validity is not null,
        ["targetOccupations"] = m => m.TargetOccupations.Count > 0,
        ["region"] = m => m.Region is not null,
        ["employerPartners"] = m => m.EmployerPartners.Count > 0,
        ["qualityReviews"] = m => m.QualityReviews.Count > 0,
        ["identityVerification"] = m => !string.IsNullOrWhiteSpace(m.IdentityVerification),
        ["qualityAssurance"] = m => !string.IsNullOrWhiteSpace(m.QualityAssurance),
        ["lastUpdated"] = m => m.LastUpdated is not null,
        ["publication.publicUrl"] = m => !string.IsNullOrWhiteSpace(m.Publication?.PublicUrl),
    };
}
