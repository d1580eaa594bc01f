using Credence.Domain.Common;

namespace Credence.Web.Features.Employers;

/// <summary>The record-an-engagement form: which design (<c>microcredentials/id</c> or <c>pathways/id</c>), which partner (staff only), what they did, when, the evidence.</summary>
internal sealed class EngagementForm
{
    public string? Design { get; set; }

    public long? EmployerId { get; set; }

    public EngagementActivity? Activity { get; set; }

    public DateOnly? Date { get; set; }

    public string? Evidence { get; set; }

    public EngagementRequest ToRequest() => new(Activity, Date, Evidence, EmployerId);
}
