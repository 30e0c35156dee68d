using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// Licence article 3.2 over HTTP: an API change is announced at least two months ahead; the owners
/// of the active applications holding an affected API are told by e-mail, no one else; everybody
/// reads it on /developpeurs/annonces, the owners on their applications page, the operator in the
/// per-application audit export.
/// </summary>
public sealed class AnnouncementTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    private const string Kind = "annonce_evolution_api";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_announcement_reaches_the_owners_of_affected_active_applications_only(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (mirror, mirrorRequest, mirrorId) = await ApprovedAsync(platform, "Miroir", "synchronisation");
        var (reader, _, readerId) = await ApprovedAsync(platform, "Lecteur", "offres");
        var (revoked, revokedRequest, _) = await ApprovedAsync(platform, "Révoquée", "synchronisation");
        using var _1 = mirror;
        using var _2 = reader;
        using var _3 = revoked;
        Assert.Contains("identifiants sont révoqués", await revoked.ApplicationActionAsync(revokedRequest, "Revoquer", new() { ["confirme"] = "true" }), StringComparison.Ordinal);
        using var operatorBrowser = await platform.NewOperatorAsync();
        var title = "Flux de synchronisation : pagination par curseur " + Guid.NewGuid().ToString("N")[..8];
        var effective = platform.Today().AddMonths(2);

        var html = await PublishAsync(operatorBrowser, title, effective, "synchronisation");

        Assert.Contains($"Annonce « {title} » publiée", html, StringComparison.Ordinal);
        var message = await platform.LastMessageAsync(mirror.Email!, Kind);
        Assert.Contains(title, message.Subject, StringComparison.Ordinal);
        Assert.Contains("« Miroir »", message.Body, StringComparison.Ordinal);
        Assert.Contains(FrenchTime.FormatDay(effective), message.Body, StringComparison.Ordinal);
        Assert.Contains("/developpeurs/annonces#annonce-", message.Body, StringComparison.Ordinal);
        Assert.Equal(0, await platform.CountMessagesAsync(reader.Email!, Kind));
        Assert.Equal(0, await platform.CountMessagesAsync(revoked.Email!, Kind));

        using var visitor = platform.NewBrowser();
        var publicPage = await visitor.PageAsync("/developpeurs/annonces");
        Assert.Contains(title, publicPage, StringComparison.Ordinal);
        Assert.Contains($"<dt>S'applique le</dt><dd>{FrenchTime.FormatDay(effective)}</dd>", publicPage, StringComparison.Ordinal);
        Assert.Contains(title, await mirror.PageAsync("/developpeurs/applications"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await reader.PageAsync("/developpeurs/applications"), StringComparison.Ordinal);
        Assert.Contains(title, await operatorBrowser.PageAsync("/operateur/annonces"), StringComparison.Ordinal);

        var announcements = (await AuditAsync(operatorBrowser, mirrorId)).GetProperty("announcements").EnumerateArray().ToList();
        var recorded = Assert.Single(announcements, item => item.GetProperty("title").GetString() == title);
        Assert.Equal("synchronisation", recorded.GetProperty("apis").GetString());
        Assert.Equal(ParisCalendar.StartOf(effective), recorded.GetProperty("effectiveAt").GetDateTimeOffset());
        Assert.Equal(mirror.Email, recorded.GetProperty("recipient").GetString());
        Assert.DoesNotContain((await AuditAsync(operatorBrowser, readerId)).GetProperty("announcements").EnumerateArray(),
            item => item.GetProperty("title").GetString() == title);
        _ = mirrorRequest;
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_change_applying_less_than_two_months_ahead_is_refused_with_the_earliest_day_and_nothing_sent(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (owner, _, _) = await ApprovedAsync(platform, "Pressée", "offres");
        using var _1 = owner;
        using var operatorBrowser = await platform.NewOperatorAsync();
        var title = "Nouveau champ obligatoire " + Guid.NewGuid().ToString("N")[..8];
        var earliest = platform.Today().AddMonths(2);

        var refused = await PublishAsync(operatorBrowser, title, earliest.AddDays(-1), "offres");

        Assert.Contains(
            $"La date d'effet du {FrenchTime.FormatDay(earliest.AddDays(-1))} est trop proche : une évolution des API doit être annoncée au moins deux mois à l'avance "
            + $"(article 3.2 de la licence). Publiée aujourd'hui, elle peut s'appliquer au plus tôt le {FrenchTime.FormatDay(earliest)}.",
            refused, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"effet-aide effet-erreur\"", refused, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", refused, StringComparison.Ordinal); // what was typed is kept
        Assert.Equal(0, await platform.CountMessagesAsync(owner.Email!, Kind));
        Assert.DoesNotContain(title, await platform.NewBrowser().PageAsync("/developpeurs/annonces"), StringComparison.Ordinal);

        var incomplete = await PublishAsync(operatorBrowser, "", earliest, null);
        Assert.Contains("Le titre est obligatoire.", incomplete, StringComparison.Ordinal);
        Assert.Contains("Choisissez au moins une API concernée.", incomplete, StringComparison.Ordinal);

        // The rule follows the clock: a week later, the earliest day is two calendar months after that day.
        platform.MoveTo(platform.Today().AddDays(7), TimeSpan.FromHours(9));
        var later = platform.Today().AddMonths(2);
        Assert.True(later > earliest);
        Assert.Contains("au plus tôt le " + FrenchTime.FormatDay(later), await PublishAsync(operatorBrowser, title, earliest, "offres"), StringComparison.Ordinal);

        Assert.Contains($"Annonce « {title} » publiée", await PublishAsync(operatorBrowser, title, later, "offres"), StringComparison.Ordinal);
        Assert.Equal(1, await platform.CountMessagesAsync(owner.Email!, Kind));
    }

    [Fact]
    public async Task Publishing_without_the_antiforgery_token_is_refused()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        using var operatorBrowser = await platform.NewOperatorAsync();
        using var response = await operatorBrowser.Client.PostAsync(new Uri("/operateur/annonces?handler=Publier", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["titre"] = "Sans jeton", ["texte"] = "x", ["apis"] = "offres", ["effet"] = "2099-01-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A reuser whose request for <paramref name="apis"/> was approved: its browser, request id and client id.</summary>
    internal static async Task<(Browser Reuser, string RequestId, string ClientId)> ApprovedAsync(DeveloperPlatform platform, string name, string apis)
    {
        var reuser = await platform.NewReuserAsync();
        var requestId = await reuser.RequestAccessAsync(name, apis);
        using var operatorBrowser = await platform.NewOperatorAsync();
        Assert.Contains("Demande acceptée", await operatorBrowser.ApproveAsync(requestId), StringComparison.Ordinal);
        var (clientId, _) = Journeys.ShownCredentials(await reuser.ApplicationActionAsync(requestId, "Secret"));
        return (reuser, requestId, clientId);
    }

    private static async Task<string> PublishAsync(Browser operatorBrowser, string title, DateOnly effective, string? apis)
    {
        using var response = await operatorBrowser.SubmitAsync("/operateur/annonces",
            new()
            {
                ["titre"] = title,
                ["texte"] = "À partir de cette date, le flux renvoie un curseur opaque au lieu d'une position numérique.",
                ["effet"] = effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            "/operateur/annonces?handler=Publier",
            apis is null ? null : [new("apis", apis)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    internal static async Task<JsonElement> AuditAsync(Browser operatorBrowser, string clientId)
    {
        using var audit = await operatorBrowser.GetAsync($"/operateur/applications/{Uri.EscapeDataString(clientId)}?handler=Audit");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        using var document = JsonDocument.Parse(await audit.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
