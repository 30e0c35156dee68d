using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// The operator announces an API change: a date less than two months ahead is refused beside its
/// field, the right one is published and shows on the public announcements page; the moderation
/// queue is checked on the way. Every page is screenshotted and checked with axe.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AnnouncementJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task The_operator_publishes_an_announcement_two_months_ahead_and_visits_the_moderation_queue()
    {
        var title = "Champ salaire normalisé " + Guid.NewGuid().ToString("N")[..6];
        var earliest = ParisCalendar.DayOf(portal.Services.GetRequiredService<TimeProvider>().GetUtcNow()).AddMonths(2);
        await using var journey = await portal.StartJourneyAsync("annonce");
        var page = journey.Page;
        var operatorEmail = await portal.CreateOperatorAsync();
        await journey.GoToAsync("/compte/connexion", "connexion");
        await journey.SignInAsync(operatorEmail, "connecte");

        await page.GetByRole(AriaRole.Link, new() { Name = "Annonces", Exact = true }).ClickAsync();
        await journey.CheckAsync("annonces-operateur");
        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Texte de l'annonce").FillAsync("Le champ salaire.libelle est remplacé par un objet structuré (minimum, maximum, période).");
        await page.GetByLabel("API Offres d'emploi v2").CheckAsync();
        await page.GetByLabel("Date d'effet").FillAsync(earliest.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier et prévenir les réutilisateurs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("au moins deux mois à l'avance");
        await Assertions.Expect(page.Locator("#effet-erreur")).ToContainTextAsync("au plus tôt le " + FrenchTime.FormatDay(earliest));
        await Assertions.Expect(page.GetByLabel("Titre")).ToHaveValueAsync(title);
        await journey.CheckAsync("date-trop-proche");

        await page.GetByLabel("Date d'effet").FillAsync(earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier et prévenir les réutilisateurs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Annonce « {title} » publiée");
        await journey.CheckAsync("annonce-publiee");

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var published = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title }) });
        await Assertions.Expect(published).ToContainTextAsync(FrenchTime.FormatDay(earliest));
        await journey.CheckAsync("annonces-publiques");

        await page.GetByRole(AriaRole.Link, new() { Name = "Modération" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Modération des offres", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync("file-de-moderation");
    }
}
