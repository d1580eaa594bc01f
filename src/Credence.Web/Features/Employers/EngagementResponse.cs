using Credence.Domain.Common;

namespace Credence.Web.Features.Employers;

/// <summary>An engagement on record: the employer, the design, what they did, when, and the evidence.</summary>
internal sealed record EngagementResponse(long Id, long EmployerId, string Employer, string? Sector, string? Design, EngagementActivity Activity, DateOnly Date, string? Evidence, DateTimeOffset RecordedAt);
