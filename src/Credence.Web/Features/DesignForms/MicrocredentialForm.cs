using Credence.Domain.Common;
using Credence.Domain.Microcredentials;

namespace Credence.Web.Features.DesignForms;

/// <summary>Every field of a microcredential a designer fills in, as the form posts it (text for numbers and dates, so a typo is reported rather than lost).</summary>
internal sealed class MicrocredentialForm
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public ProviderFields Provider { get; set; } = new();

    public string? Level { get; set; }

    public string? EqfLevel { get; set; }

    public string? Languages { get; set; }

    public string? Keywords { get; set; }

    public List<CompetencyRow> Competencies { get; set; } = [];

    public List<AssessmentRow> Assessments { get; set; } = [];

    public string? AwardMastery { get; set; }

    public string? AwardSeatHours { get; set; }

    public string? AwardText { get; set; }

    public string? DurationHours { get; set; }

    public string? DurationWeeks { get; set; }

    public string? DurationEcts { get; set; }

    public List<string> DeliveryModes { get; set; } = [];

    public List<string> Pacing { get; set; } = [];

    public string? Formats { get; set; }

    public string? CostCurrency { get; set; } = "USD";

    public string? CostTuition { get; set; }

    public string? CostFees { get; set; }

    public string? CostMaterials { get; set; }

    public bool CostOpenEducationalResources { get; set; }

    public string? FinancialAid { get; set; }

    public string? CreditBearing { get; set; }

    public string? CreditHours { get; set; }

    public bool PriorLearningAccepted { get; set; }

    public List<ArticulationRow> Articulations { get; set; } = [];

    public string? EntryOpenAccess { get; set; }

    public string? Prerequisites { get; set; }

    public string? AlternativeRoute { get; set; }

    public string? SupportServices { get; set; }

    public string? Outreach { get; set; }

    public string? ValidityMonths { get; set; }

    public string? ValidityRenewal { get; set; }

    public string? TargetOccupations { get; set; }

    public RegionFields Region { get; set; } = new();

    public List<EmployerRow> EmployerPartners { get; set; } = [];

    public List<PartnershipRow> Partnerships { get; set; } = [];

    public List<QualityReviewRow> QualityReviews { get; set; } = [];

    public string? IdentityVerification { get; set; }

    public string? QualityAssurance { get; set; }

    public string? LastUpdated { get; set; }

    public PublicationFields Publication { get; set; } = new();

    /// <summary>Builds the record; values that do not parse are reported to <paramref name="reader"/> and left out.</summary>
    public Microcredential ToRecord(FormReader reader, IReadOnlyList<Attestation> attestations)
    {
        var tuition = reader.Decimal(CostTuition, "cost.tuition");
        var fees = reader.Decimal(CostFees, "cost.fees");
        var materials = reader.Decimal(CostMaterials, "cost.materials");
        var financialAid = FormReader.List(FinancialAid);
        var hours = reader.Decimal(DurationHours, "duration.hours");
        var weeks = reader.Decimal(DurationWeeks, "duration.weeks");
        var ects = reader.Decimal(DurationEcts, "duration.ects");
        var creditBearing = FormReader.YesNo(CreditBearing);
        var creditHours = reader.Decimal(CreditHours, "credit.creditHours");
        var articulations = Articulations.Select((a, i) => a.ToRecord(reader, $"credit.articulations[{i}]")).ToList();
        var openAccess = FormReader.YesNo(EntryOpenAccess);
        var prerequisites = FormReader.List(Prerequisites);
        var mastery = FormReader.YesNo(AwardMastery);
        var seatHours = reader.Decimal(AwardSeatHours, "awardRule.requiredSeatHours");
        var validityMonths = reader.Integer(ValidityMonths, "validity.months");
        return new Microcredential
        {
            Id = FormReader.Text(Id) ?? string.Empty,
            Title = FormReader.Text(Title) ?? string.Empty,
            Description = FormReader.Text(Description),
            Provider = Provider.ToRecord(),
            Level = reader.Enum<CredentialLevel>(Level, "level"),
            EqfLevel = reader.Integer(EqfLevel, "eqfLevel"),
            Languages = FormReader.List(Languages, commas: true),
            Keywords = FormReader.List(Keywords, commas: true),
            Competencies = Competencies.Select((c, i) => c.ToRecord(reader, $"competencies[{i}]")).ToList(),
            Assessments = Assessments.Select((a, i) => a.ToRecord(reader, $"assessments[{i}]")).ToList(),
            AwardRule = mastery is null && seatHours is null && FormReader.Text(AwardText) is null
                ? null
                : new AwardRule { MasteryOfAllCompetencies = mastery ?? false, RequiredSeatHours = seatHours, Text = FormReader.Text(AwardText) },
            Duration = hours is null && weeks is null && ects is null ? null : new Duration { Hours = hours, Weeks = weeks, Ects = ects },
            DeliveryModes = reader.Enums<DeliveryMode>(DeliveryModes, "deliveryModes"),
            Pacing = reader.Enums<Pacing>(Pacing, "pacing"),
            Formats = FormReader.List(Formats),
            Cost = tuition is null && fees is null && materials is null && !CostOpenEducationalResources && financialAid.Count == 0
                ? null
                : new Cost
                {
                    Currency = FormReader.Text(CostCurrency) ?? string.Empty,
                    Tuition = tuition,
                    Fees = fees,
                    Materials = materials,
                    OpenEducationalResources = CostOpenEducationalResources,
                    FinancialAid = financialAid,
                },
            Credit = creditBearing is null && creditHours is null && !PriorLearningAccepted && articulations.Count == 0
                ? null
                : new Credit { CreditBearing = creditBearing ?? false, CreditHours = creditHours, PriorLearningAccepted = PriorLearningAccepted, Articulations = articulations },
            Entry = openAccess is null && prerequisites.Count == 0 && FormReader.Text(AlternativeRoute) is null
                ? null
                : new Entry { OpenAccess = openAccess ?? false, Prerequisites = prerequisites, AlternativeRoute = FormReader.Text(AlternativeRoute) },
            SupportServices = FormReader.List(SupportServices),
            Outreach = FormReader.List(Outreach),
            Validity = validityMonths is null && FormReader.Text(ValidityRenewal) is null ? null : new Validity { Months = validityMonths, Renewal = FormReader.Text(ValidityRenewal) },
            TargetOccupations = FormReader.List(TargetOccupations, commas: true),
            Region = Region.ToRecord(),
            EmployerPartners = EmployerPartners.Select((e, i) => e.ToRecord(reader, $"employerPartners[{i}]")).ToList(),
            Partnerships = Partnerships.Select(p => new Partnership { Institution = FormReader.Text(p.Institution) ?? string.Empty, Role = FormReader.Text(p.Role) }).ToList(),
            QualityReviews = QualityReviews.Select((q, i) => q.ToRecord(reader, $"qualityReviews[{i}]")).ToList(),
            IdentityVerification = FormReader.Text(IdentityVerification),
            QualityAssurance = FormReader.Text(QualityAssurance),
            LastUpdated = reader.Date(LastUpdated, "lastUpdated"),
            Publication = Publication.ToRecord(),
            Attestations = attestations,
        };
    }

    public static MicrocredentialForm From(Microcredential m) => new()
    {
        Id = m.Id,
        Title = m.Title,
        Description = m.Description,
        Provider = ProviderFields.From(m.Provider),
        Level = m.Level is { } level ? FormReader.Name(level) : null,
        EqfLevel = FormReader.Number(m.EqfLevel),
        Languages = string.Join(", ", m.Languages),
        Keywords = string.Join(", ", m.Keywords),
        Competencies = m.Competencies.Select(CompetencyRow.From).ToList(),
        Assessments = m.Assessments.Select(AssessmentRow.From).ToList(),
        AwardMastery = m.AwardRule is { } rule ? FormReader.YesNo(rule.MasteryOfAllCompetencies) : null,
        AwardSeatHours = FormReader.Number(m.AwardRule?.RequiredSeatHours),
        AwardText = m.AwardRule?.Text,
        DurationHours = FormReader.Number(m.Duration?.Hours),
        DurationWeeks = FormReader.Number(m.Duration?.Weeks),
        DurationEcts = FormReader.Number(m.Duration?.Ects),
        DeliveryModes = m.DeliveryModes.Select(FormReader.Name).ToList(),
        Pacing = m.Pacing.Select(FormReader.Name).ToList(),
        Formats = FormReader.Lines(m.Formats),
        CostCurrency = m.Cost?.Currency ?? "USD",
        CostTuition = FormReader.Number(m.Cost?.Tuition),
        CostFees = FormReader.Number(m.Cost?.Fees),
        CostMaterials = FormReader.Number(m.Cost?.Materials),
        CostOpenEducationalResources = m.Cost?.OpenEducationalResources ?? false,
        FinancialAid = FormReader.Lines(m.Cost?.FinancialAid ?? []),
        CreditBearing = m.Credit is { } credit ? FormReader.YesNo(credit.CreditBearing) : null,
        CreditHours = FormReader.Number(m.Credit?.CreditHours),
        PriorLearningAccepted = m.Credit?.PriorLearningAccepted ?? false,
        Articulations = (m.Credit?.Articulations ?? []).Select(ArticulationRow.From).ToList(),
        EntryOpenAccess = m.Entry is { } entry ? FormReader.YesNo(entry.OpenAccess) : null,
        Prerequisites = FormReader.Lines(m.Entry?.Prerequisites ?? []),
        AlternativeRoute = m.Entry?.AlternativeRoute,
        SupportServices = FormReader.Lines(m.SupportServices),
        Outreach = FormReader.Lines(m.Outreach),
        ValidityMonths = FormReader.Number(m.Validity?.Months),
        ValidityRenewal = m.Validity?.Renewal,
        TargetOccupations = string.Join(", ", m.TargetOccupations),
        Region = RegionFields.From(m.Region),
        EmployerPartners = m.EmployerPartners.Select(EmployerRow.From).ToList(),
        Partnerships = m.Partnerships.Select(p => new PartnershipRow { Institution = p.Institution, Role = p.Role }).ToList(),
        QualityReviews = m.QualityReviews.Select(QualityReviewRow.From).ToList(),
        IdentityVerification = m.IdentityVerification,
        QualityAssurance = m.QualityAssurance,
        LastUpdated = FormReader.Date(m.LastUpdated),
        Publication = PublicationFields.From(m.Publication),
    };

    /// <summary>One competency with its required proficiency and its skill alignments.</summary>
    internal sealed class CompetencyRow
    {
        public string? Id { get; set; }

        public string? Statement { get; set; }

        public string? Kind { get; set; } = "technical";

        public string? Scale { get; set; }

        public string? ProficiencyLevel { get; set; }

        public List<AlignmentRow> Alignments { get; set; } = [];

        public Competency ToRecord(FormReader reader, string key) => new()
        {
            Id = FormReader.Text(Id) ?? string.Empty,
            Statement = FormReader.Text(Statement) ?? string.Empty,
            Kind = reader.Enum<CompetencyKind>(Kind, key + ".kind") ?? CompetencyKind.Technical,
            RequiredProficiency = FormReader.Text(Scale) is null && FormReader.Text(ProficiencyLevel) is null
                ? null
                : new ProficiencyRequirement(FormReader.Text(Scale) ?? string.Empty, FormReader.Text(ProficiencyLevel) ?? string.Empty),
            Alignments = Alignments.Select((a, i) => a.ToRecord(reader, $"{key}.alignments[{i}]")).ToList(),
        };

        public static CompetencyRow From(Competency c) => new()
        {
            Id = c.Id,
            Statement = c.Statement,
            Kind = FormReader.Name(c.Kind),
            Scale = c.RequiredProficiency?.Scale,
            ProficiencyLevel = c.RequiredProficiency?.Level,
            Alignments = c.Alignments.Select(AlignmentRow.From).ToList(),
        };
    }

    /// <summary>An alignment of a competency to a public skills or occupation framework.</summary>
    internal sealed class AlignmentRow
    {
        public string? Framework { get; set; } = "onet-element";

        public string? Code { get; set; }

        public string? Uri { get; set; }

        public string? Name { get; set; }

        public SkillAlignment ToRecord(FormReader reader, string key) => new()
        {
            Framework = reader.Enum<SkillFramework>(Framework, key + ".framework") ?? SkillFramework.Other,
            Code = FormReader.Text(Code),
            Uri = FormReader.Text(Uri),
            Name = FormReader.Text(Name),
        };

        public static AlignmentRow From(SkillAlignment a) => new() { Framework = FormReader.Name(a.Framework), Code = a.Code, Uri = a.Uri, Name = a.Name };
    }

    /// <summary>An assessment and the competencies it assesses.</summary>
    internal sealed class AssessmentRow
    {
        public string? Id { get; set; }

        public string? Method { get; set; } = "project";

        public bool PerformanceBased { get; set; }

        public string? Assesses { get; set; }

        public string? Rubric { get; set; }

        public string? Description { get; set; }

        public Assessment ToRecord(FormReader reader, string key) => new()
        {
            Id = FormReader.Text(Id) ?? string.Empty,
            Method = reader.Enum<AssessmentMethod>(Method, key + ".method") ?? AssessmentMethod.Project,
            PerformanceBased = PerformanceBased,
            Assesses = FormReader.List(Assesses, commas: true),
            Rubric = FormReader.Text(Rubric),
            Description = FormReader.Text(Description),
        };

        public static AssessmentRow From(Assessment a) => new()
        {
            Id = a.Id,
            Method = FormReader.Name(a.Method),
            PerformanceBased = a.PerformanceBased,
            Assesses = string.Join(", ", a.Assesses),
            Rubric = a.Rubric,
            Description = a.Description,
        };
    }

    /// <summary>A further credential the microcredential counts toward.</summary>
    internal sealed class ArticulationRow
    {
        public string? Credential { get; set; }

        public string? Kind { get; set; } = "certificate";

        public string? Institution { get; set; }

        public string? CreditHours { get; set; }

        public Articulation ToRecord(FormReader reader, string key) => new()
        {
            Credential = FormReader.Text(Credential) ?? string.Empty,
            Kind = reader.Enum<StackTargetKind>(Kind, key + ".kind") ?? StackTargetKind.Certificate,
            Institution = FormReader.Text(Institution),
            CreditHours = reader.Decimal(CreditHours, key + ".creditHours"),
        };

        public static ArticulationRow From(Articulation a) => new()
        {
            Credential = a.Credential,
            Kind = FormReader.Name(a.Kind),
            Institution = a.Institution,
            CreditHours = FormReader.Number(a.CreditHours),
        };
    }

    /// <summary>A partner institution.</summary>
    internal sealed class PartnershipRow
    {
        public string? Institution { get; set; }

        public string? Role { get; set; }
    }

    /// <summary>A quality review on record.</summary>
    internal sealed class QualityReviewRow
    {
        public string? ReviewerKind { get; set; } = "subject-matter-expert";

        public string? Reviewer { get; set; }

        public string? Date { get; set; }

        public string? Outcome { get; set; } = "approved";

        public string? Scope { get; set; }

        public string? Notes { get; set; }

        public QualityReview ToRecord(FormReader reader, string key)
        {
            var date = reader.Date(Date, key + ".date");
            if (date is null && FormReader.Text(Date) is null)
            {
                reader.Errors.Add(key + ".date", Shared.ApiCodes.Required, "A review needs its date.");
            }

            return new QualityReview
            {
                ReviewerKind = reader.Enum<ReviewerKind>(ReviewerKind, key + ".reviewerKind") ?? Domain.Common.ReviewerKind.SubjectMatterExpert,
                Reviewer = FormReader.Text(Reviewer),
                Date = date ?? default,
                Outcome = reader.Enum<ReviewOutcome>(Outcome, key + ".outcome") ?? ReviewOutcome.Approved,
                Scope = FormReader.List(Scope, commas: true),
                Notes = FormReader.Text(Notes),
            };
        }

        public static QualityReviewRow From(QualityReview q) => new()
        {
            ReviewerKind = FormReader.Name(q.ReviewerKind),
            Reviewer = q.Reviewer,
            Date = FormReader.Date(q.Date),
            Outcome = FormReader.Name(q.Outcome),
            Scope = string.Join(", ", q.Scope),
            Notes = q.Notes,
        };
    }
}
