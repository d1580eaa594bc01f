using Credence.Persistence.Mail;

namespace Credence.Web.Shared;

/// <summary>Sends the mail outbox every half minute (SMTP when configured, else <c>.eml</c> files in the pickup folder); admins can also send at once.</summary>
internal sealed class OutboxWorker(IServiceProvider services, TimeProvider timeProvider, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan _interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(200, stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} outbox message(s).", sent);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A mail server that is down must not stop the host; the messages stay pending and are retried.
                logger.LogWarning(exception, "Sending the outbox failed; retrying in {Interval}.", _interval);
            }
        }
    }
}
