using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenEmploi.Browser.Tests.Infrastructure;

/// <summary>
/// The developer platform's steps as a person takes them in the browser: links and buttons found
/// by their visible names, fields by their labels (so a field without a label fails here too).
/// </summary>
public static partial class ReuserSteps
{
    public const string IntendedUse =
        "Un site d'emploi régional qui affiche les offres de la région avec leur date de mise à jour, la source et un lien vers la licence.";

    /// <summary>From the home page: sign up, open the e-mailed link, sign in. Returns the address.</summary>
    public static async Task<string> SignUpConfirmAndSignInAsync(this Journey journey, PortalFixture portal)
    {
        var page = journey.Page;
        var email = PortalFixture.NewEmail("reutilisateur");
        await journey.GoToAsync("/", "accueil");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Mon compte" }).GetByRole(AriaRole.Link, new() { Name = "Créer un compte" }).ClickAsync();
        await journey.CheckAsync("inscription");

        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(PortalFixture.Password);
        await page.GetByLabel("Confirmation du mot de passe").FillAsync(PortalFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Un courriel de confirmation a été envoyé");
        await journey.CheckAsync("inscription-envoyee");

        await journey.GoToAsync(await portal.LinkInLastMessageAsync(email, "/compte/confirmation"), "adresse-confirmee");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre adresse est confirmée");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "vous connecter" }).ClickAsync();
        await journey.SignInAsync(email, "connexion");
        return email;
    }

    /// <summary>On the sign-in page: fills the form and lands signed in (the account menu shows the address).</summary>
    public static async Task SignInAsync(this Journey journey, string email, string step)
    {
        var page = journey.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Connexion");
        await journey.CheckAsync(step);
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(PortalFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Se déconnecter ({email})" })).ToBeVisibleAsync();
        await journey.CheckAsync(step + "-reussie");
    }

    /// <summary>
    /// From "Mes applications": the request form, sent once without the licence ticked (the error
    /// summary is checked too), then complete. Returns the request's id, from the page's address.
    /// </summary>
    public static async Task<string> RequestAccessAsync(this Journey journey, string application)
    {
        var page = journey.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Mes applications", Exact = true }).ClickAsync();
        await journey.CheckAsync("mes-applications-vide");
        await Assertions.Expect(page.GetByText("Vous n'avez encore demandé l'accès pour aucune application.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Demander l'accès pour une application" }).ClickAsync();
        await journey.CheckAsync("demande");

        await page.GetByLabel("Nom de l'application").FillAsync(application);
        await page.GetByLabel("API Offres d'emploi v2", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Usage prévu des données").FillAsync(IntendedUse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Le formulaire contient une erreur");
        await journey.CheckAsync("demande-erreur-licence");

        // The error links to the field it is about; the rest of the form kept what was typed.
        await Assertions.Expect(page.GetByLabel("Nom de l'application")).ToHaveValueAsync(application);
        await page.GetByLabel(new Regex("^J'accepte la licence de réutilisation")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre demande est envoyée");
        await journey.CheckAsync("demande-envoyee");

        var match = RequestPath().Match(new Uri(page.Url).AbsolutePath);
        Assert.True(match.Success, page.Url);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("^/developpeurs/applications/([0-9a-f]{32})$")]
    private static partial Regex RequestPath();
}
