using System.Text.Json;
using Credence.Persistence.Entities;

namespace Credence.Web.Features.Designs;

/// <summary>A stored scorecard as the API returns it: what it was made with, the overall score and the whole scorecard.</summary>
internal sealed record ScorecardResponse(string FrameworkId, string FrameworkVersion, string? DataVintage, DateOnly AsOf, double? OverallScore, JsonElement Scorecard)
{
    public static ScorecardResponse From(ScorecardRecord record)
    {
        using var document = JsonDocument.Parse(record.Content);
        return new ScorecardResponse(record.FrameworkId, record.FrameworkVersion, record.DataVintage, record.AsOf, record.OverallScore, document.RootElement.Clone());
    }
}
