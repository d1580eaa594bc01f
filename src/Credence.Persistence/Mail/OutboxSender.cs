using System.Globalization;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Credence.Persistence.Mail;

/// <summary>Delivers the mail outbox: through the SMTP server with MailKit when one is configured, otherwise as <c>.eml</c> files in the
/// pickup folder (<c>{Credence:DataPath}/mail-pickup</c>); messages stay in the outbox table either way, for the admin pages.</summary>
/// <param name="db">The database.</param>
/// <param name="options">The issuing options (SMTP server, sender, data folder).</param>
/// <param name="timeProvider">The clock.</param>
public sealed class OutboxSender(CredenceDbContext db, IssuingOptions options, TimeProvider timeProvider)
{
    /// <summary>Sends (or writes) up to <paramref name="max"/> pending messages, oldest first.</summary>
    /// <param name="max">The most messages to handle.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many were sent or written.</returns>
    public async Task<int> SendPendingAsync(int max, CancellationToken cancellationToken)
    {
        var pending = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            return 0;
        }

        var delivered = 0;
        using var client = options.Smtp is null ? null : new SmtpClient();
        foreach (var message in pending)
        {
            message.Attempts++;
            try
            {
                using var mime = ToMime(message);
                if (client is null)
                {
                    message.PickupFile = await WriteToPickupAsync(message, mime, cancellationToken).ConfigureAwait(false);
                    message.Status = OutboxStatus.Written;
                }
                else
                {
                    await EnsureConnectedAsync(client, cancellationToken).ConfigureAwait(false);
                    await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
                    message.Status = OutboxStatus.Sent;
                }

                message.SentAt = timeProvider.GetUtcNow();
                message.LastError = null;
                delivered++;
            }
            catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException or System.Net.Sockets.SocketException)
            {
                message.LastError = ex.Message;
                message.Status = message.Attempts >= 5 ? OutboxStatus.Failed : OutboxStatus.Pending;
            }
        }

        if (client is { IsConnected: true })
        {
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return delivered;
    }

    /// <summary>Lists outbox messages, newest first, optionally of one institution.</summary>
    /// <param name="institutionId">The institution's key, or null for all.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The messages.</returns>
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(long? institutionId, int skip, int take, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(m => institutionId == null || m.InstitutionId == institutionId)
            .OrderByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = message.CreatedAt,
            MessageId = string.Create(CultureInfo.InvariantCulture, $"outbox-{message.Id}@{options.PublicBaseUrl.Host}"),
            Body = new TextPart("plain") { Text = message.TextBody },
        };
        mime.From.Add(MailboxAddress.Parse(options.MailFrom));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        return mime;
    }

    private async Task<string> WriteToPickupAsync(OutboxMessage message, MimeMessage mime, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.PickupPath);
        var name = string.Create(CultureInfo.InvariantCulture, $"{message.Id:D10}.eml");
        await mime.WriteToAsync(Path.Combine(options.PickupPath, name), cancellationToken).ConfigureAwait(false);
        return name;
    }

    private async Task EnsureConnectedAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
        {
            return;
        }

        var smtp = options.Smtp!; // A client exists only when SMTP is configured.
        var security = !smtp.RequireTls ? SecureSocketOptions.StartTlsWhenAvailable : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken).ConfigureAwait(false);
        if (smtp.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
    }
}
