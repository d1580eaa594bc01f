using Credence.Domain.Common;

namespace Credence.Web.Features.DesignForms;

/// <summary>An employer partner and what it did, as a repeating row of the microcredential and pathway forms.</summary>
internal sealed class EmployerRow
{
    public string? Employer { get; set; }

    public string? Sector { get; set; }

    public List<string> Activities { get; set; } = [];

    public string? Date { get; set; }

    public string? Evidence { get; set; }

    public EmployerEngagement ToRecord(FormReader reader, string key) => new()
    {
        Employer = FormReader.Text(Employer) ?? string.Empty,
        Sector = FormReader.Text(Sector),
        Activities = reader.Enums<EngagementActivity>(Activities, key + ".activities"),
        Date = reader.Date(Date, key + ".date"),
        Evidence = FormReader.Text(Evidence),
    };

    public static EmployerRow From(EmployerEngagement e) => new()
    {
        Employer = e.Employer,
        Sector = e.Sector,
        Activities = e.Activities.Select(FormReader.Name).ToList(),
        Date = FormReader.Date(e.Date),
        Evidence = e.Evidence,
    };
}
