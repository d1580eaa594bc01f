using Credence.Persistence.Entities;
using Credence.Persistence.Mail;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class OutboxSenderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Issuing_queues_a_notification_that_is_written_to_the_pickup_folder_without_smtp(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();
        var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();

        var delivered = await sender.SendPendingAsync(10, Token);
        var again = await sender.SendPendingAsync(10, Token);

        Assert.Equal((1, 0), (delivered, again));
        var message = Assert.Single(await sender.ListAsync(null, 0, 10, Token));
        Assert.Equal((OutboxStatus.Written, credential.Id, "ada@learner.example"), (message.Status, message.IssuedCredentialId, message.To));
        var eml = await File.ReadAllTextAsync(Path.Combine(fixture.Options.PickupPath, message.PickupFile!), Token);
        Assert.Contains("To: Ada Lovelace <ada@learner.example>", eml, StringComparison.Ordinal);
        Assert.Contains("https://credence.example/credentials/" + credential.CredentialId.ToString("D"), eml, StringComparison.Ordinal);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().OutboxMessages.CountAsync(Token));
    }
}
