namespace Credence.Web.Features.FrameworkOverride;

/// <summary>An institution's stored framework override: its YAML, and when and by whom (user id) it was last uploaded.</summary>
internal sealed record FrameworkOverrideResponse(string Yaml, DateTimeOffset UpdatedAt, string? UpdatedBy);
