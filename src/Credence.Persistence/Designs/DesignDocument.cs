using System.Globalization;
using System.Text.Json;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Designs;

/// <summary>A design ready to store: its canonical JSON and the columns search and filters use.</summary>
internal sealed record DesignDocument
{
    public required DesignKind Kind { get; init; }

    public required string Slug { get; init; }

    public required string Content { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? CompetencyText { get; init; }

    public string? SkillText { get; init; }

    public string? Skills { get; init; }

    public string? Occupations { get; init; }

    public string? DeliveryModes { get; init; }

    public double? CostTotal { get; init; }

    public string? Currency { get; init; }

    public double? Weeks { get; init; }

    public double? Hours { get; init; }

    public bool? CreditBearing { get; init; }

    public string? ProviderName { get; init; }

    /// <summary>The authoring YAML file the record was imported from, if it was.</summary>
    public string? SourceYaml { get; init; }

    public static DesignDocument From(Microcredential microcredential)
    {
        ArgumentNullException.ThrowIfNull(microcredential);
        var alignments = microcredential.Competencies.SelectMany(c => c.Alignments).ToList();
        var total = microcredential.Cost?.Total;
        return new DesignDocument
        {
            Kind = DesignKind.Microcredential,
            Slug = microcredential.Id,
            Content = DesignJson.Serialize(microcredential),
            Title = microcredential.Title,
            Description = microcredential.Description,
            CompetencyText = Lines(microcredential.Competencies.Select(c => c.Statement)),
            SkillText = Lines(alignments.Select(a => a.Name).Concat(microcredential.Keywords)),
            Skills = Delimited(alignments.Select(a => a.Code ?? a.Uri)),
            Occupations = Delimited(microcredential.TargetOccupations),
            DeliveryModes = Delimited(microcredential.DeliveryModes.Select(KebabCase)),
            CostTotal = total is { } money ? (double)money.Amount : null,
            Currency = total?.Currency,
            Weeks = (double?)microcredential.Duration?.Weeks,
            Hours = (double?)microcredential.Duration?.Hours,
            CreditBearing = microcredential.Credit?.CreditBearing,
            ProviderName = microcredential.Provider?.Name,
        };
    }

    public static DesignDocument From(Pathway pathway)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        return new DesignDocument
        {
            Kind = DesignKind.Pathway,
            Slug = pathway.Id,
            Content = DesignJson.Serialize(pathway),
            Title = pathway.Title,
            Description = pathway.Description,
            CompetencyText = Lines(pathway.Stages.Select(s => s.Title).Concat(pathway.OffRamps.Select(o => o.Title))),
            SkillText = Lines(pathway.StacksInto.Select(s => s.Credential)),
            Occupations = Delimited(pathway.TargetOccupations.Concat(pathway.OffRamps.SelectMany(o => o.Occupations))),
            CreditBearing = pathway.StacksInto.Count > 0 ? pathway.StacksInto.Any(s => s.CreditHours > 0) : null,
            ProviderName = pathway.Provider?.Name,
        };
    }

    public void ApplyTo(DesignVersion version)
    {
        version.Content = Content;
        version.Title = Title;
        version.Description = Description;
        version.CompetencyText = CompetencyText;
        version.SkillText = SkillText;
        version.Skills = Skills;
        version.Occupations = Occupations;
        version.DeliveryModes = DeliveryModes;
        version.CostTotal = CostTotal;
        version.Currency = Currency;
        version.Weeks = Weeks;
        version.Hours = Hours;
        version.CreditBearing = CreditBearing;
        version.ProviderName = ProviderName;
        version.SourceYaml = SourceYaml;
    }

    internal static string KebabCase(DeliveryMode mode) => JsonNamingPolicy.KebabCaseLower.ConvertName(mode.ToString());

    private static string? Lines(IEnumerable<string?> values)
    {
        var text = string.Join('\n', values.Where(v => !string.IsNullOrWhiteSpace(v)));
        return text.Length == 0 ? null : text;
    }

    // Values between bars so a filter can match one whole value with a plain substring test.
    private static string? Delimited(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"|{string.Join('|', distinct)}|");
    }
}
