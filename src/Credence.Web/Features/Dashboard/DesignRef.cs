using Credence.Persistence.Entities;

namespace Credence.Web.Features.Dashboard;

/// <summary>A design named in a gap: its kind, id and title.</summary>
internal sealed record DesignRef(DesignKind Kind, string Id, string Title);
