namespace Credence.Web.Features.Reviews;

/// <summary>A link to evidence: where it is and, optionally, what it is.</summary>
internal sealed record EvidenceInput(string? Url, string? Title = null);
