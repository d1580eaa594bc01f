using Credence.Persistence.Entities;
using Credence.Persistence.Mail;

namespace Credence.Persistence.Issuing;

/// <summary>How an instance issues: its public address (the did:web and every public link), its data folder, mail and defaults.</summary>
public sealed record IssuingOptions
{
    /// <summary>Gets the public base URL (<c>Credence:PublicBaseUrl</c>), HTTPS in production; decides the did:web identifier and every public link.</summary>
    public required Uri PublicBaseUrl { get; init; }

    /// <summary>Gets the data folder (<c>Credence:DataPath</c>, default <c>data</c>); the mail pickup folder is its <c>mail-pickup</c> subfolder.</summary>
    public string DataPath { get; init; } = "data";

    /// <summary>Gets the DID method issuers sign as: <c>web</c> (the default, needs an HTTPS base URL) or <c>key</c> (no set-up, changes with each key).</summary>
    public IssuerDidMethod DidMethod { get; init; } = IssuerDidMethod.Web;

    /// <summary>Gets the status purpose new credentials' entries use; <see cref="StatusPurpose.Suspension"/> allows suspending and reinstating.</summary>
    public StatusPurpose StatusPurpose { get; init; } = StatusPurpose.Revocation;

    /// <summary>Gets the SMTP server; null to write mail as <c>.eml</c> files to the pickup folder.</summary>
    public SmtpOptions? Smtp { get; init; }

    /// <summary>Gets the sender address of notifications.</summary>
    public string MailFrom { get; init; } = "no-reply@localhost";

    /// <summary>Gets the pickup folder for mail when no SMTP server is configured.</summary>
    public string PickupPath => Path.Combine(DataPath, "mail-pickup");
}
