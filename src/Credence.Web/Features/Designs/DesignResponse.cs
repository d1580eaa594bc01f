using System.Text.Json;
using Credence.Persistence.Entities;

namespace Credence.Web.Features.Designs;

/// <summary>A design version as the API returns it: where it belongs, its version and status, and the design itself.</summary>
internal sealed record DesignResponse(
    string Institution,
    string Id,
    DesignKind Kind,
    int Version,
    DesignVersionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    JsonElement Design)
{
    public static DesignResponse From(DesignVersion version, string institution, string id, DesignKind kind)
    {
        using var document = JsonDocument.Parse(version.Content);
        return new DesignResponse(institution, id, kind, version.Number, version.Status, version.CreatedAt, version.UpdatedAt, version.PublishedAt, document.RootElement.Clone());
    }
}
