using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Browser.Tests.Infrastructure;

/// <summary>
/// The real platform (Kestrel on a free loopback port, a fresh SQLite base with demo offers) and
/// one headless Chromium, shared by the browser tests. Each journey opens its own browser context,
/// so cookies are never shared between people.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const int DemoOffers = 300;

    public const string Password = "une phrase de passe solide";

    private readonly SqliteTestDatabase _sqlite = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "openemploi-tests", "courriels-" + Guid.NewGuid().ToString("N"));

    public Uri Root { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The platform is not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started.");

    public async Task InitializeAsync()
    {
        // No Chromium: the tests are skipped by their attribute, so nothing needs starting.
        if (Chromium.Executable is not { } executable)
            return;

        var location = _sqlite.CreateLocation();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--OpenEmploi:Store={location.Setting}",
            $"--OpenEmploi:DemoData:Offers={DemoOffers}",
            "--Logging:LogLevel:Default=Warning",
            "--OpenEmploi:OpenData:Enabled=false",
            // The tests read links from the outbox store; the delivery worker would only write .eml files.
            "--OpenEmploi:Notifications:Enabled=false",
            $"--OpenEmploi:Notifications:PickupDirectory={MailFolder}",
        ];
        _app = await OpenEmploiHost.BuildAsync(args);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Root = new Uri(address);

        if (!File.Exists(executable))
            throw new InvalidOperationException($"{Chromium.PathVariable} names {executable}, which does not exist.");
        // Expectations wait as long as actions: on a busy 2-core machine a POST and its page can take seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            // No sandbox: the tests run as root under ./test.sh, where Chromium refuses its sandbox.
            // The rest keeps Chromium off the network and quiet: it only talks to the loopback host.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-default-apps", "--disable-sync"],
        });
    }

    /// <summary>A new person at the portal: own cookies, French, JavaScript on or off, desktop or phone.</summary>
    /// <param name="name">The journey's screenshot folder.</param>
    /// <param name="javaScript">Off: the page's scripts do not run (axe cannot either).</param>
    /// <param name="phone">A phone-sized, touch viewport instead of a desktop window.</param>
    public async Task<Journey> StartJourneyAsync(string name, bool javaScript = true, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Root.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "fr-FR",
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        // A step that cannot happen (a missing button, a page that never loads) fails in seconds, not at the run's timeout.
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new Journey(name, context, page, javaScript);
    }

    /// <summary>The path and query of the link to <paramref name="path"/> in the last e-mail to <paramref name="email"/>, as the person would click it.</summary>
    public async Task<string> LinkInLastMessageAsync(string email, string path)
    {
        var messages = await Services.GetRequiredService<INotificationOutbox>().ListByRecipientAsync(email);
        Assert.NotEmpty(messages);
        var message = messages[^1];
        var match = Regex.Match(message.Body, "https?://[^/\\s]+(" + Regex.Escape(path) + "\\S*)");
        Assert.True(match.Success, $"No {path} link in « {message.Subject} »: {message.Body}");
        return match.Groups[1].Value;
    }

    /// <summary>An operator account made as `openemploi admin create` makes it; returns its address.</summary>
    public async Task<string> CreateOperatorAsync()
    {
        var email = NewEmail("operateur");
        await OperatorAccounts.CreateAsync(
            Services.GetRequiredService<IAccountStore>(),
            // The host's clock, which the developer platform also runs on outside tests.
            Services.GetRequiredService<TimeProvider>(),
            email, Password, CancellationToken.None);
        return email;
    }

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@exemple.fr";

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await _sqlite.DisposeAsync();
        if (Directory.Exists(MailFolder))
            Directory.Delete(MailFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal in Chromium";
}
