using Credence.Web.Shared;

namespace Credence.Web.Features.Employers;

/// <summary>The result of recording an engagement: the record, or the refusal to send back (problem details or 401/403) with the field problems when the input was at fault.</summary>
internal sealed record EngagementOutcome(EngagementRecorded? Recorded, IResult? Refusal, FieldErrors? Errors = null);
