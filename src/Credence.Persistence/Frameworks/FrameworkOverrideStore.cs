using Credence.Domain.Frameworks;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Frameworks;

/// <summary>Stores one framework override per institution, checked with the same loader and rules as <c>credence evaluate --framework-override</c>.</summary>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock: when an override was uploaded.</param>
public sealed class FrameworkOverrideStore(CredenceDbContext db, TimeProvider timeProvider)
{
    /// <summary>The path error locations name.</summary>
    public const string DocumentPath = "framework-override.yaml";

    /// <summary>Loads and validates an override against the built-in framework it names.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The override and the framework it applies to, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static (FrameworkOverride? Override, IReadOnlyList<FrameworkError> Errors) Check(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var loaded = FrameworkLoader.LoadOverride(DocumentPath, yaml);
        if (loaded.Override is not { } @override)
        {
            return (null, loaded.Errors);
        }

        var framework = BuiltInFrameworks.All.FirstOrDefault(f => f.Id == @override.Framework);
        if (framework is null)
        {
            return (null, [new FrameworkError(FrameworkOverrideCodes.UnknownFramework, $"'{@override.Framework}' is not a built-in framework: use one of {string.Join(", ", BuiltInFrameworks.All.Select(f => f.Id))}.", DocumentPath, 0, 0, "framework")]);
        }

        var errors = FrameworkOverrides.Validate(framework, @override, DocumentPath);
        return errors.Count > 0 ? (null, errors) : (@override, []);
    }

    /// <summary>The built-in frameworks with the institution's override applied to the one it names.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Every built-in framework, one of them overridden when the institution has a valid override.</returns>
    public async Task<IReadOnlyList<ValueFramework>> FrameworksAsync(long institutionId, CancellationToken cancellationToken)
    {
        var yaml = await db.FrameworkOverrides.AsNoTracking().Where(o => o.InstitutionId == institutionId).Select(o => o.Yaml).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (yaml is null || Check(yaml).Override is not { } @override)
        {
            return BuiltInFrameworks.All;
        }

        return BuiltInFrameworks.All.Select(f => f.Id == @override.Framework ? FrameworkOverrides.Apply(f, @override) : f).ToList();
    }

    /// <summary>The institution's override, if it has one.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The stored override, not tracked, or null.</returns>
    public Task<InstitutionFrameworkOverride?> FindAsync(long institutionId, CancellationToken cancellationToken) =>
        db.FrameworkOverrides.AsNoTracking().SingleOrDefaultAsync(o => o.InstitutionId == institutionId, cancellationToken);

    /// <summary>Checks the override and, when it has no problem, stores it as the institution's override (replacing any earlier one) with an audit entry; nothing is saved otherwise.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="actor">Who uploads it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Every problem found; empty when the override was stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> or <paramref name="actor"/> is null.</exception>
    public async Task<IReadOnlyList<FrameworkError>> SaveAsync(long institutionId, string yaml, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (@override, errors) = Check(yaml);
        if (@override is null)
        {
            return errors;
        }

        var stored = await db.FrameworkOverrides.SingleOrDefaultAsync(o => o.InstitutionId == institutionId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            stored = new InstitutionFrameworkOverride { InstitutionId = institutionId, Yaml = yaml };
            db.FrameworkOverrides.Add(stored);
        }

        stored.Yaml = yaml;
        stored.UpdatedAt = timeProvider.GetUtcNow();
        stored.UpdatedBy = actor.UserId;
        AuditLog.Add(db, timeProvider, actor, "framework-override.saved", nameof(InstitutionFrameworkOverride), @override.Framework, institutionId, null);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }
}
