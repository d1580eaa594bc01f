namespace Credence.Web.Features.FrameworkOverride;

/// <summary>An institution's framework override to store: the YAML text <c>credence evaluate --framework-override</c> reads.</summary>
internal sealed record FrameworkOverrideRequest(string? Yaml);
