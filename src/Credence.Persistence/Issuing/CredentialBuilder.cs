using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Credence.Credentials.Documents;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>Builds the Open Badges 3.0 <c>OpenBadgeCredential</c> of an award from the published version's own metadata: name,
/// description, criteria, alignments to skill frameworks, result descriptions with the learner's results at proficiency levels,
/// evidence, validity and credit.</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential"/>
public static class CredentialBuilder
{
    /// <summary>Builds the unsigned credential.</summary>
    /// <param name="input">What it is built from.</param>
    /// <returns>The credential document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static AchievementCredential Build(CredentialBuildInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var microcredential = input.Microcredential;
        var institution = input.Institution;
        var achievementId = input.Urls.Achievement(institution.Slug, microcredential.Id, input.VersionNumber);
        var issuer = Issuer(input);
        var latest = input.Results.GroupBy(r => r.CompetencyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.AssessedAt).ThenBy(r => r.Id).Last(), StringComparer.Ordinal);
        var validUntil = microcredential.Validity?.Months is { } months and > 0 ? input.ValidFrom.AddMonths(months) : (DateTimeOffset?)null;

        var achievement = new Achievement
        {
            Id = achievementId,
            AchievementType = "MicroCredential",
            Name = microcredential.Title,
            Description = microcredential.Description ?? microcredential.Title,
            Criteria = new Criteria { Id = microcredential.Publication?.PublicUrl, Narrative = CriteriaNarrative(microcredential) },
            Creator = issuer,
            CreditsAvailable = microcredential.Credit is { CreditBearing: true, CreditHours: { } hours } ? hours : null,
            HumanCode = microcredential.Id,
            Version = input.VersionNumber.ToString(CultureInfo.InvariantCulture),
            InLanguage = microcredential.Languages.Count > 0 ? microcredential.Languages[0] : null,
            Tag = microcredential.Keywords.Count > 0 ? microcredential.Keywords : null,
            Alignment = Nullable(microcredential.Competencies.SelectMany(c => c.Alignments).Select(ToAlignment).OfType<Alignment>().DistinctBy(a => a.TargetUrl).ToList()),
            ResultDescription = Nullable(microcredential.Competencies.Select(c => Describe(achievementId, c)).ToList()),
        };

        var results = microcredential.Competencies.Where(c => latest.ContainsKey(c.Id)).Select(c => ToResult(achievementId, c, latest[c.Id])).ToList();
        var evidence = latest.Values.SelectMany(r => r.Evidence).DistinctBy(e => e.Url).Select(e => new Evidence { Id = e.Url, Name = e.Title }).ToList();
        return new AchievementCredential
        {
            Id = "urn:uuid:" + input.CredentialId.ToString("D"),
            Issuer = issuer,
            Name = microcredential.Title,
            Description = microcredential.Description,
            ValidFrom = Format(input.ValidFrom),
            ValidUntil = validUntil is { } until ? Format(until) : null,
            AwardedDate = Format(input.ValidFrom),
            Evidence = Nullable(evidence),
            CredentialSubject = new AchievementSubject
            {
                Id = "urn:uuid:" + input.Learner.PublicId.ToString("D"),
                Achievement = achievement,
                Identifier = [HashedEmail(input.Learner.Email, input.IdentitySalt)],
                CreditsEarned = achievement.CreditsAvailable,
                Result = Nullable(results),
            },
            CredentialStatus = input.Status,
        };
    }

    /// <summary>The issuer profile of an institution.</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="issuerId">Its DID.</param>
    /// <returns>The profile.</returns>
    public static Profile IssuerProfile(Institution institution, string issuerId)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return new Profile { Id = issuerId, Name = institution.Name, Url = institution.Url, Description = institution.Description };
    }

    private static Profile Issuer(CredentialBuildInput input) => IssuerProfile(input.Institution, input.IssuerId);

    private static string CriteriaNarrative(Microcredential microcredential)
    {
        var text = new StringBuilder();
        if (microcredential.AwardRule?.Text is { Length: > 0 } rule)
        {
            text.Append(rule).Append("\n\n");
        }

        text.Append("Awarded for demonstrated mastery of every competency at its required level:");
        foreach (var competency in microcredential.Competencies)
        {
            text.Append("\n- ").Append(competency.Statement);
            if (competency.RequiredProficiency is { } required)
            {
                text.Append(" (").Append(LevelName(required, required.Level)).Append(')');
            }
        }

        return text.ToString();
    }

    private static ResultDescription Describe(string achievementId, Competency competency)
    {
        var id = ResultDescriptionId(achievementId, competency);
        var alignment = Nullable(competency.Alignments.Select(ToAlignment).OfType<Alignment>().ToList());
        if (competency.RequiredProficiency is not { } required)
        {
            return new ResultDescription { Id = id, Name = competency.Statement, ResultType = "Status", Alignment = alignment };
        }

        var scale = ProficiencyScales.Find(required.Scale);
        var levels = scale?.Levels.Select(l => new RubricCriterionLevel { Id = LevelId(id, l.Id), Name = l.Name, Description = l.Description, Level = l.Id }).ToList()
            ?? [new RubricCriterionLevel { Id = LevelId(id, required.Level), Name = required.Level, Level = required.Level }];
        return new ResultDescription
        {
            Id = id,
            Name = competency.Statement,
            ResultType = "RubricCriterionLevel",
            Alignment = alignment,
            RubricCriterionLevel = levels,
            RequiredLevel = LevelId(id, required.Level),
        };
    }

    private static Result ToResult(string achievementId, Competency competency, AssessmentResult result)
    {
        var id = ResultDescriptionId(achievementId, competency);
        return competency.RequiredProficiency is not null && result.ProficiencyLevel is { } level
            ? new Result { ResultDescription = id, AchievedLevel = LevelId(id, level), Value = result.Result }
            : new Result { ResultDescription = id, Status = "Completed", Value = result.Result };
    }

    private static Alignment? ToAlignment(SkillAlignment alignment)
    {
        var url = alignment.Uri ?? alignment.Framework switch
        {
            SkillFramework.OnetSoc when alignment.Code is { } code => "https://www.onetonline.org/link/summary/" + code,
            SkillFramework.OnetElement when alignment.Code is { } code => "https://www.onetonline.org/find/descriptor/result/" + code,
            _ => null,
        };
        if (url is null)
        {
            return null;
        }

        return new Alignment
        {
            TargetName = alignment.Name ?? alignment.Code ?? url,
            TargetUrl = url,
            TargetCode = alignment.Code,
            TargetFramework = alignment.Framework switch
            {
                SkillFramework.OnetElement or SkillFramework.OnetSoc or SkillFramework.OnetTechnology => "O*NET",
                SkillFramework.EscoSkill or SkillFramework.EscoOccupation => "ESCO",
                _ => null,
            },
        };
    }

    private static IdentityObject HashedEmail(string email, string salt) => new()
    {
        Hashed = true,
        IdentityType = "emailAddress",
        IdentityHash = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email + salt))),
        Salt = salt,
    };

    private static string ResultDescriptionId(string achievementId, Competency competency) => achievementId + "#competency-" + Uri.EscapeDataString(competency.Id);

    private static string LevelId(string resultDescriptionId, string level) => resultDescriptionId + "-" + Uri.EscapeDataString(level);

    private static string LevelName(ProficiencyRequirement requirement, string level) =>
        ProficiencyScales.Find(requirement.Scale)?.Levels.FirstOrDefault(l => l.Id == level)?.Name ?? level;

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static List<T>? Nullable<T>(List<T> items) => items.Count > 0 ? items : null;
}
