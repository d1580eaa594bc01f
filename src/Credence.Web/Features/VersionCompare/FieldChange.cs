namespace Credence.Web.Features.VersionCompare;

/// <summary>One field that differs; null on a side where the field is absent.</summary>
internal sealed record FieldChange(string Field, string? Before, string? After);
