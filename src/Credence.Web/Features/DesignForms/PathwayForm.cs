using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Web.Features.DesignForms;

/// <summary>Every field of a pathway a designer fills in: stages, off-ramps, stack targets, employer partners and the rest.</summary>
internal sealed class PathwayForm
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public ProviderFields Provider { get; set; } = new();

    public List<StageRow> Stages { get; set; } = [];

    public List<OffRampRow> OffRamps { get; set; } = [];

    public List<StackTargetRow> StacksInto { get; set; } = [];

    public string? TargetOccupations { get; set; }

    public RegionFields Region { get; set; } = new();

    public List<EmployerRow> EmployerPartners { get; set; } = [];

    public string? LastUpdated { get; set; }

    public PublicationFields Publication { get; set; } = new();

    public Pathway ToRecord(FormReader reader, IReadOnlyList<Attestation> attestations) => new()
    {
        Id = FormReader.Text(Id) ?? string.Empty,
        Title = FormReader.Text(Title) ?? string.Empty,
        Description = FormReader.Text(Description),
        Provider = Provider.ToRecord(),
        Stages = Stages.Select((s, i) => s.ToRecord(reader, $"stages[{i}]")).ToList(),
        OffRamps = OffRamps.Select(o => new OffRamp
        {
            AfterStage = FormReader.Text(o.AfterStage) ?? string.Empty,
            Title = FormReader.Text(o.Title),
            Occupations = FormReader.List(o.Occupations, commas: true),
        }).ToList(),
        StacksInto = StacksInto.Select((s, i) => s.ToRecord(reader, $"stacksInto[{i}]")).ToList(),
        TargetOccupations = FormReader.List(TargetOccupations, commas: true),
        Region = Region.ToRecord(),
        EmployerPartners = EmployerPartners.Select((e, i) => e.ToRecord(reader, $"employerPartners[{i}]")).ToList(),
        LastUpdated = reader.Date(LastUpdated, "lastUpdated"),
        Publication = Publication.ToRecord(),
        Attestations = attestations,
    };

    public static PathwayForm From(Pathway p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        Description = p.Description,
        Provider = ProviderFields.From(p.Provider),
        Stages = p.Stages.Select(StageRow.From).ToList(),
        OffRamps = p.OffRamps.Select(o => new OffRampRow { AfterStage = o.AfterStage, Title = o.Title, Occupations = string.Join(", ", o.Occupations) }).ToList(),
        StacksInto = p.StacksInto.Select(StackTargetRow.From).ToList(),
        TargetOccupations = string.Join(", ", p.TargetOccupations),
        Region = RegionFields.From(p.Region),
        EmployerPartners = p.EmployerPartners.Select(EmployerRow.From).ToList(),
        LastUpdated = FormReader.Date(p.LastUpdated),
        Publication = PublicationFields.From(p.Publication),
    };

    /// <summary>A stage: its microcredentials, the rule that completes it and the stages before it.</summary>
    internal sealed class StageRow
    {
        public string? Id { get; set; }

        public string? Title { get; set; }

        public string? Microcredentials { get; set; }

        public string? Rule { get; set; } = "all-of";

        public string? Count { get; set; }

        public string? After { get; set; }

        public PathwayStage ToRecord(FormReader reader, string key) => new()
        {
            Id = FormReader.Text(Id) ?? string.Empty,
            Title = FormReader.Text(Title),
            Microcredentials = FormReader.List(Microcredentials, commas: true),
            Rule = reader.Enum<StageRule>(Rule, key + ".rule") ?? StageRule.AllOf,
            Count = reader.Integer(Count, key + ".count"),
            After = FormReader.List(After, commas: true),
        };

        public static StageRow From(PathwayStage s) => new()
        {
            Id = s.Id,
            Title = s.Title,
            Microcredentials = FormReader.Lines(s.Microcredentials),
            Rule = FormReader.Name(s.Rule),
            Count = FormReader.Number(s.Count),
            After = string.Join(", ", s.After),
        };
    }

    /// <summary>An exit after a stage and the occupations it leads to.</summary>
    internal sealed class OffRampRow
    {
        public string? AfterStage { get; set; }

        public string? Title { get; set; }

        public string? Occupations { get; set; }
    }

    /// <summary>A further credential the pathway stacks into.</summary>
    internal sealed class StackTargetRow
    {
        public string? Credential { get; set; }

        public string? Kind { get; set; } = "certificate";

        public string? Institution { get; set; }

        public string? CreditHours { get; set; }

        public string? Direction { get; set; } = "vertical";

        public StackTarget ToRecord(FormReader reader, string key) => new()
        {
            Credential = FormReader.Text(Credential) ?? string.Empty,
            Kind = reader.Enum<StackTargetKind>(Kind, key + ".kind") ?? StackTargetKind.Certificate,
            Institution = FormReader.Text(Institution),
            CreditHours = reader.Decimal(CreditHours, key + ".creditHours"),
            Direction = reader.Enum<StackingDirection>(Direction, key + ".direction") ?? StackingDirection.Vertical,
        };

        public static StackTargetRow From(StackTarget s) => new()
        {
            Credential = s.Credential,
            Kind = FormReader.Name(s.Kind),
            Institution = s.Institution,
            CreditHours = FormReader.Number(s.CreditHours),
            Direction = FormReader.Name(s.Direction),
        };
    }
}
