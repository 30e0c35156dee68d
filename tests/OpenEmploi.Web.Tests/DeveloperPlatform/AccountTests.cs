using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

public sealed class AccountTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    private const string Password = DeveloperPlatform.Password;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var browser = platform.NewBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.SignInAsync(reuser.Email!, "pas le bon mot de passe");
            Assert.Contains($"Encore {5 - attempt} essai", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var fifth = await browser.SignInAsync(reuser.Email!, "pas le bon mot de passe"))
            Assert.Contains("le compte est bloqué jusqu", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var rightButLocked = await browser.SignInAsync(reuser.Email!, Password))
        {
            Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
            Assert.Contains("le compte est bloqué jusqu", await rightButLocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        platform.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var stillLocked = await browser.SignInAsync(reuser.Email!, Password))
            Assert.Contains("bloqué", await stillLocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        platform.Clock.Advance(TimeSpan.FromMinutes(1));
        using var unlocked = await browser.SignInAsync(reuser.Email!, Password, expectSuccess: true);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_reset_link_sets_a_new_password_once(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var browser = platform.NewBrowser();

        var asked = await browser.SubmitForHtmlAsync("/compte/mot-de-passe-oublie", new() { ["Email"] = reuser.Email!.ToUpperInvariant() });
        Assert.Contains("Si un compte existe pour l'adresse", asked, StringComparison.Ordinal);
        var link = await platform.LinkInLastMessageAsync(reuser.Email!, "/compte/nouveau-mot-de-passe");
        Assert.Equal("mot_de_passe", (await platform.LastMessageAsync(reuser.Email!)).Kind);

        const string newPassword = "un tout nouveau mot de passe";
        var tooShort = await browser.SubmitForHtmlAsync(link, new() { ["Password"] = "court", ["Confirmation"] = "court" });
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères (5 saisis).", tooShort, StringComparison.Ordinal);
        var done = await browser.SubmitForHtmlAsync(link, new() { ["Password"] = newPassword, ["Confirmation"] = newPassword });
        Assert.Contains("Votre mot de passe est changé", done, StringComparison.Ordinal);

        using (var old = await browser.SignInAsync(reuser.Email!, Password))
            Assert.Contains("Adresse électronique ou mot de passe incorrect", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var signedIn = await browser.SignInAsync(reuser.Email!, newPassword, expectSuccess: true))
        {
        }
        Assert.Contains("Ce lien a déjà servi", await browser.GetHtmlAsync(link), StringComparison.Ordinal);

        // The session opened with the old password has ended; the one opened with the new one goes on.
        using (var oldSession = await reuser.GetAsync("/developpeurs/applications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
            Assert.StartsWith("/compte/connexion", oldSession.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        using var newSession = await browser.GetAsync("/developpeurs/applications");
        Assert.Equal(HttpStatusCode.OK, newSession.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_confirmation_link_cannot_be_forged_nor_used_after_it_expired(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var browser = platform.NewBrowser();
        var email = DeveloperPlatform.NewEmail("lent");
        using (await browser.SubmitAsync("/compte/inscription", new() { ["Email"] = email, ["Password"] = Password, ["Confirmation"] = Password }))
        {
        }
        var link = await platform.LinkInLastMessageAsync(email, "/compte/confirmation");

        // Another account id in the payload, the signature kept: refused.
        var token = Uri.UnescapeDataString(link[(link.IndexOf("jeton=", StringComparison.Ordinal) + 6)..]);
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal))));
        var altered = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload.Replace("confirm\n", "confirm\n0", StringComparison.Ordinal)))
            + token[token.IndexOf('.', StringComparison.Ordinal)..];
        foreach (var forged in new[] { altered, token[..^2] + "AA", "abc.def", "" })
            Assert.Contains("Ce lien de confirmation n&#x27;est pas valide", await browser.GetHtmlAsync("/compte/confirmation?jeton=" + Uri.EscapeDataString(forged)), StringComparison.Ordinal);

        platform.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));
        Assert.Contains("Ce lien de confirmation a expiré le", await browser.GetHtmlAsync(link), StringComparison.Ordinal);

        // Still unconfirmed: signing in sends a fresh link, which works.
        using (var unconfirmed = await browser.SignInAsync(email, Password))
            Assert.Contains("n&#x27;est pas encore confirmée", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fresh = await platform.LinkInLastMessageAsync(email, "/compte/confirmation");
        Assert.NotEqual(link, fresh);
        Assert.Contains("Votre adresse est confirmée", await browser.GetHtmlAsync(fresh), StringComparison.Ordinal);
        using var signedIn = await browser.SignInAsync(email, Password, expectSuccess: true);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Sign_up_refuses_a_bad_address_a_short_password_and_a_taken_address_in_french(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var browser = platform.NewBrowser();

        var bad = await browser.SubmitForHtmlAsync("/compte/inscription", new() { ["Email"] = "pas-une-adresse", ["Password"] = "court", ["Confirmation"] = "court" });
        Assert.Contains("« pas-une-adresse » n&#x27;est pas une adresse électronique valide", bad, StringComparison.Ordinal);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères (5 saisis).", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"pas-une-adresse\"", bad, StringComparison.Ordinal);

        var taken = await browser.SubmitForHtmlAsync("/compte/inscription", new() { ["Email"] = reuser.Email!, ["Password"] = Password, ["Confirmation"] = Password });
        Assert.Contains("Un compte existe déjà avec l&#x27;adresse", taken, StringComparison.Ordinal);
    }
}
