using Credence.Domain.Common;

namespace Credence.Web.Features.Employers;

/// <summary>What an employer did for a design (validated, co-designed, endorsed, …), when, and the evidence or notes; staff recording it name the employer.</summary>
internal sealed record EngagementRequest(EngagementActivity? Activity, DateOnly? Date = null, string? Evidence = null, long? EmployerId = null);
