namespace Credence.Persistence.Mail;

/// <summary>The SMTP server notifications are sent through (<c>Credence:Smtp:*</c>).</summary>
public sealed record SmtpOptions
{
    /// <summary>Gets the server's host name.</summary>
    public required string Host { get; init; }

    /// <summary>Gets the port (587 for submission with STARTTLS).</summary>
    public int Port { get; init; } = 587;

    /// <summary>Gets the user name; null to send without authenticating.</summary>
    public string? UserName { get; init; }

    /// <summary>Gets the password.</summary>
    public string? Password { get; init; }

    /// <summary>Gets a value indicating whether the connection must be encrypted (STARTTLS or TLS on connect).</summary>
    public bool RequireTls { get; init; } = true;
}
