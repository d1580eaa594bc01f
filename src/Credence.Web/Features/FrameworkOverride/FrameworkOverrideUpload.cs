using Credence.Persistence.Auditing;
using Credence.Persistence.Frameworks;
using Credence.Web.Shared;

namespace Credence.Web.Features.FrameworkOverride;

/// <summary>Checks and stores an institution's framework override, for the page and the endpoint alike; nothing is saved when the override has a problem.</summary>
/// <remarks>Stored scorecards are not rescored at once: each design is scored with the override the next time it is saved or imported.</remarks>
internal sealed class FrameworkOverrideUpload(FrameworkOverrideStore store)
{
    public async Task<FieldErrors> SaveAsync(long institutionId, string? yaml, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(yaml))
        {
            errors.Add("yaml", ApiCodes.Required, "Give the override's YAML text.");
            return errors;
        }

        foreach (var error in await store.SaveAsync(institutionId, yaml, actor, cancellationToken))
        {
            errors.Add(error.Field ?? "yaml", error.Code, error.Line > 0 ? $"Line {error.Line}, column {error.Column}: {error.Message}" : error.Message);
        }

        return errors;
    }
}
