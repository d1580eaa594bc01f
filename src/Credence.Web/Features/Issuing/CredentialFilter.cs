using Credence.Persistence.Entities;

namespace Credence.Web.Features.Issuing;

/// <summary>Filters of the issuer's credential list: state, expiring within some days, a learner's e-mail, a microcredential, a page.</summary>
internal sealed record CredentialFilter(CredentialState? State, int? ExpiringWithinDays, string? Learner, string? Microcredential, int Page = 1, int PageSize = 50);
