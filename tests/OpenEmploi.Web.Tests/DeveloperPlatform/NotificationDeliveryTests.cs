using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

public sealed class NotificationDeliveryTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_message_is_written_once_as_an_eml_file_and_marked_sent(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        var folder = Path.Combine(fixture.MailFolder, kind.ToString());

        // Other tests' messages may be due too: deliver until nothing is.
        while (await platform.Delivery.RunOnceAsync() > 0)
        {
        }

        var messages = await platform.Outbox.ListByRecipientAsync(reuser.Email!);
        var confirmation = Assert.Single(messages);
        Assert.NotNull(confirmation.SentAt);
        Assert.Equal(1, confirmation.Attempts);
        var files = Directory.GetFiles(folder, "*.eml")
            .Where(file => File.ReadAllText(file).Contains("X-OpenEmploi-Message: " + confirmation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\r\n", StringComparison.Ordinal))
            .ToList();
        var eml = File.ReadAllText(Assert.Single(files));
        Assert.Contains("To: " + reuser.Email, eml, StringComparison.Ordinal);
        Assert.Equal(0, await platform.Delivery.RunOnceAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Two_nodes_claiming_together_never_take_the_same_message(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var recipient = DeveloperPlatform.NewEmail("file");
        await platform.Outbox.EnqueueAsync([.. Enumerable.Range(0, 30).Select(i => new Storage.Developers.Notification("essai", recipient, $"Message {i}", "Corps"))]);

        var claims = await Task.WhenAll(
            platform.Outbox.ClaimAsync("noeud-a", TimeSpan.FromMinutes(1), 1_000),
            platform.Outbox.ClaimAsync("noeud-b", TimeSpan.FromMinutes(1), 1_000));

        var ours = claims.SelectMany(claim => claim).Where(message => message.Recipient == recipient).Select(message => message.Id).ToList();
        Assert.Equal(30, ours.Count);
        Assert.Equal(30, ours.Distinct().Count());
        // Leased: nobody else gets them until the lease runs out, then another node may.
        Assert.DoesNotContain(await platform.Outbox.ClaimAsync("noeud-c", TimeSpan.FromMinutes(1), 1_000), message => message.Recipient == recipient);
        platform.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(30, (await platform.Outbox.ClaimAsync("noeud-c", TimeSpan.FromMinutes(1), 1_000)).Count(message => message.Recipient == recipient));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_failed_attempt_is_retried_later_then_given_up_with_its_error_kept(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var recipient = DeveloperPlatform.NewEmail("echec");
        await platform.Outbox.EnqueueAsync([new Storage.Developers.Notification("essai", recipient, "Sujet", "Corps")]);
        var message = Assert.Single(await platform.Outbox.ClaimAsync("noeud-a", TimeSpan.FromMinutes(1), 1_000), m => m.Recipient == recipient);

        Assert.True(await platform.Outbox.MarkAttemptFailedAsync(message.Id, "noeud-a", "relais injoignable", platform.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), giveUp: false));
        Assert.DoesNotContain(await platform.Outbox.ClaimAsync("noeud-a", TimeSpan.FromMinutes(1), 1_000), m => m.Recipient == recipient);
        platform.Clock.Advance(TimeSpan.FromMinutes(5));
        var retried = Assert.Single(await platform.Outbox.ClaimAsync("noeud-a", TimeSpan.FromMinutes(1), 1_000), m => m.Recipient == recipient);
        Assert.Equal(2, retried.Attempts);

        Assert.True(await platform.Outbox.MarkAttemptFailedAsync(retried.Id, "noeud-a", "adresse refusée", platform.Clock.GetUtcNow(), giveUp: true));
        var kept = Assert.Single(await platform.Outbox.ListByRecipientAsync(recipient));
        Assert.NotNull(kept.FailedAt);
        Assert.Null(kept.SentAt);
        Assert.Equal("adresse refusée", kept.LastError);
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(await platform.Outbox.ClaimAsync("noeud-a", TimeSpan.FromMinutes(1), 1_000), m => m.Recipient == recipient);
    }
}
