namespace Credence.Credentials.Schemas;

/// <summary>The bundled JSON Schemas (the current Open Badges 3.0 and CLR 2.0 schemas as published by 1EdTech).</summary>
public enum CredentialSchemaKind
{
    /// <summary>Open Badges 3.0 <c>AchievementCredential</c> (<c>OpenBadgeCredential</c>).</summary>
    AchievementCredential,

    /// <summary>Open Badges 3.0 <c>EndorsementCredential</c>.</summary>
    EndorsementCredential,

    /// <summary>Open Badges 3.0 <c>Profile</c>.</summary>
    Profile,

    /// <summary>CLR 2.0 <c>ClrCredential</c>.</summary>
    ClrCredential,
}
