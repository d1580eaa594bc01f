using Credence.Persistence.Entities;

namespace Credence.Persistence.Designs;

/// <summary>The outcome of a design store operation: the version written, or the code of the reason it was refused.</summary>
/// <param name="Version">The version created, changed or published; null when refused.</param>
/// <param name="Code">A <see cref="DesignCodes"/> code when refused; null on success.</param>
public sealed record DesignResult(DesignVersion? Version, string? Code)
{
    /// <summary>Whether the operation succeeded.</summary>
    public bool Succeeded => Code is null;

    internal static DesignResult Success(DesignVersion version) => new(version, null);

    internal static DesignResult Refused(string code) => new(null, code);
}
