using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// One running platform per store kind for a test class, the developer platform on a fake clock
/// (deadlines, lockout, link lifetimes, secret overlap move when a test says), e-mails written as
/// .eml files to a temporary folder when a test runs a delivery round. Tests never share accounts: each signs up its own.
/// </summary>
public sealed class DeveloperPlatformFixture() : FakeClockPlatforms("courriels")
{
    protected override void UseClock(WebApplicationBuilder builder, FakeTimeProvider clock) =>
        builder.Services.AddKeyedSingleton<TimeProvider>(DeveloperPlatformFeature.ClockKey, clock);

    // The daily licence job runs when a test says (RunOnceAsync), on the days it chooses.
    protected override IEnumerable<string> Settings => ["--OpenEmploi:Licence:Job:Enabled=false"];
}

/// <summary>Intent methods over the running platform: people with their own browser session, the operator, the outbox.</summary>
public sealed class DeveloperPlatform(RunningPlatform running, FakeTimeProvider clock)
{
    public const string Password = "une phrase de passe solide";

    public RunningPlatform Running => running;

    public FakeTimeProvider Clock => clock;

    public ApiPlatform Api { get; } = new(running);

    public INotificationOutbox Outbox => running.Services.GetRequiredService<INotificationOutbox>();

    public IAccountStore Accounts => running.Services.GetRequiredService<IAccountStore>();

    internal OutboxDelivery Delivery => running.Services.GetRequiredService<OutboxDelivery>();

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@exemple.fr";

    /// <summary>A browser of its own (cookies), not following redirects so tests see them.</summary>
    public Browser NewBrowser() => new(running.Client.BaseAddress!);

    /// <summary>A reuser signed up, confirmed through the e-mailed link, and signed in.</summary>
    public async Task<Browser> NewReuserAsync(string who = "reutilisateur")
    {
        var browser = NewBrowser();
        var email = NewEmail(who);
        using (var signUp = await browser.SubmitAsync("/compte/inscription", new() { ["Email"] = email, ["Password"] = Password, ["Confirmation"] = Password }))
            Assert.Contains("Un courriel de confirmation a été envoyé", await signUp.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var confirm = await browser.GetAsync(await LinkInLastMessageAsync(email, "/compte/confirmation")))
            Assert.Contains("Votre adresse est confirmée", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await browser.SignInAsync(email, Password, expectSuccess: true);
        return browser;
    }

    /// <summary>An operator account made as `openemploi admin create` makes it, signed in.</summary>
    public async Task<Browser> NewOperatorAsync()
    {
        var email = NewEmail("operateur");
        await OperatorAccounts.CreateAsync(Accounts, clock, email, Password, CancellationToken.None);
        var browser = NewBrowser();
        await browser.SignInAsync(email, Password, expectSuccess: true);
        return browser;
    }

    public async Task<OutboxMessage> LastMessageAsync(string email, string? kind = null)
    {
        var messages = await Outbox.ListByRecipientAsync(email);
        return messages.Last(message => kind is null || message.Kind == kind);
    }

    /// <summary>The path and query of the link to <paramref name="path"/> in the last message to <paramref name="email"/>.</summary>
    public async Task<string> LinkInLastMessageAsync(string email, string path)
    {
        var message = await LastMessageAsync(email);
        var match = System.Text.RegularExpressions.Regex.Match(message.Body, "https?://[^/\\s]+(" + System.Text.RegularExpressions.Regex.Escape(path) + "\\S*)");
        Assert.True(match.Success, $"Aucun lien {path} dans « {message.Subject} » : {message.Body}");
        return match.Groups[1].Value;
    }
}
