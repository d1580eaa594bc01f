using System.Text.Json;
using Credence.Credentials.Documents;

namespace Credence.Credentials.Clr;

/// <summary>Builds a CLR 2.0 <c>ClrCredential</c> from a learner's signed credentials, extra achievements and their associations;
/// the nested credentials are carried with their proofs, so each still verifies on its own.</summary>
/// <remarks>Sign the result like any credential (<see cref="DataIntegrity.DataIntegrityProofs"/> or <see cref="Jwt.VcJwt"/>) after
/// serializing it with <see cref="CredentialJson"/>.</remarks>
/// <seealso href="https://www.imsglobal.org/spec/clr/v2p0/#clrcredential"/>
public static class ClrBuilder
{
    private static readonly string[] _associationTypes = ["exactMatchOf", "isChildOf", "isParentOf", "isPartOf", "isPeerOf", "isRelatedTo", "precedes", "replacedBy"];

    /// <summary>Builds the unsigned record.</summary>
    /// <param name="options">The record's own data.</param>
    /// <param name="credentials">The learner's signed credentials (JSON with embedded proofs) to bundle.</param>
    /// <returns>The CLR credential, unsigned.</returns>
    /// <exception cref="ArgumentException">No credential is given, a credential is a compact JWS (the CLR 2.0 schema carries credentials as JSON
    /// objects), a credential's content cannot be read, an association type is unknown,
    /// or an association names an achievement that neither the options nor the credentials define.</exception>
    public static ClrCredential Build(ClrOptions options, IReadOnlyList<SignedCredential> credentials)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.Count == 0)
        {
            throw new ArgumentException("A CLR bundles at least one credential.", nameof(credentials));
        }

        var achievementIds = new HashSet<string>(options.Achievements.Select(a => a.Id), StringComparer.Ordinal);
        var nested = new List<JsonElement>();
        foreach (var credential in credentials)
        {
            if (credential.IsJwt)
            {
                throw new ArgumentException("CLR 2.0 carries its credentials as JSON objects; a VC-JWT cannot be bundled.", nameof(credentials));
            }

            if (!credential.TryRead<AchievementCredential>(out var document, out var error))
            {
                throw new ArgumentException($"A credential cannot be read as an AchievementCredential: {error}", nameof(credentials));
            }

            achievementIds.Add(document.CredentialSubject.Achievement.Id);
            nested.Add(ParseElement(credential.Text));
        }

        foreach (var association in options.Associations)
        {
            if (!_associationTypes.Contains(association.AssociationType))
            {
                throw new ArgumentException($"Unknown association type '{association.AssociationType}'.", nameof(options));
            }

            if (!achievementIds.Contains(association.SourceId) || !achievementIds.Contains(association.TargetId))
            {
                throw new ArgumentException($"The association {association.SourceId} {association.AssociationType} {association.TargetId} names an achievement the record does not hold.", nameof(options));
            }
        }

        return new ClrCredential
        {
            Id = options.Id,
            Issuer = options.Issuer,
            Name = options.Name,
            Description = options.Description,
            ValidFrom = XsdDateTime.Format(options.ValidFrom),
            Partial = options.Partial,
            CredentialSubject = new ClrSubject
            {
                Id = options.LearnerId,
                Achievement = options.Achievements.Count > 0 ? options.Achievements : null,
                VerifiableCredential = nested,
                Association = options.Associations.Count > 0 ? options.Associations : null,
            },
        };
    }

    private static JsonElement ParseElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
