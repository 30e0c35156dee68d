using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Portal;

public sealed class OffrePageTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string NotFoundSentence = "Cette offre n'existe pas ou n'est plus disponible";

    [Fact]
    public async Task A_platform_offer_shows_its_content_and_explains_how_to_apply_without_contact_details()
    {
        await using var platform = await StartAsync();
        var entry = await FindAsync(platform, e => e.Source == Sources.Plateforme);
        var offre = entry.Offre;

        var response = await platform.Client.GetAsync(new Uri("/offres/" + offre.Id, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<title>{offre.Intitule} — OpenEmploi</title>", text, StringComparison.Ordinal);
        Assert.Contains($">{offre.Intitule}</h1>", text, StringComparison.Ordinal);
        Assert.Contains(offre.Entreprise?.Nom ?? "Entreprise non communiquée", text, StringComparison.Ordinal);
        Assert.Contains(offre.LieuTravail!.Libelle!, text, StringComparison.Ordinal);
        Assert.Contains(offre.TypeContratLibelle!, text, StringComparison.Ordinal);
        Assert.Contains(offre.Salaire!.Libelle!, text, StringComparison.Ordinal);
        Assert.Matches(@"Publiée le <time datetime=""\d{4}-\d{2}-\d{2}"">\d{1,2}(er)? [a-zéû]+ \d{4}</time>", text);
        Assert.Contains("Offre déposée sur OpenEmploi", text, StringComparison.Ordinal);
        Assert.Contains("<section id=\"postuler\"", html, StringComparison.Ordinal);
        Assert.Contains("coordonnées des employeurs ne sont pas publiées", text, StringComparison.Ordinal);
        Assert.Contains("application/ld+json", html, StringComparison.Ordinal);
        // The store keeps no contact (IOffreStore), and the page shows no apply link of the API's.
        Assert.Null(offre.Contact);
        Assert.DoesNotContain("Pour postuler, utiliser le lien suivant", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/postuler", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_offer_names_its_partner_and_links_to_its_origin_page()
    {
        await using var platform = await StartAsync();
        var entry = await FindAsync(platform, e => e.Source != Sources.Plateforme);
        var origine = entry.Offre.OrigineOffre!;

        var html = await platform.Client.GetStringAsync(new Uri("/offres/" + entry.Id, UriKind.Relative));
        var text = WebUtility.HtmlDecode(html);

        Assert.Contains($">{entry.Offre.Intitule}</h1>", text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{origine.Partenaires![0].Url}\">{origine.Partenaires[0].Nom}</a>", text, StringComparison.Ordinal);
        // Applying goes through the counted redirect, which sends the browser on to the partner's page.
        Assert.Contains($"<a class=\"bouton\" href=\"/offres/{entry.Id}/postuler\">Postuler sur {origine.Partenaires[0].Nom}</a>", text, StringComparison.Ordinal);
        Assert.Contains($"<dt>Dernière mise à jour</dt><dd><time datetime=\"{Pages.OffreModel.DateIso(entry.Offre.DateActualisation)}\">", text, StringComparison.Ordinal);
        Assert.Contains($"<dt>Référence</dt><dd>{entry.Id}</dd>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offre déposée sur OpenEmploi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_and_agency_details_are_never_shown_and_the_description_is_text_with_its_line_breaks()
    {
        await using var platform = await StartAsync();
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var entry = await FindAsync(platform, e => e.Source == Sources.Plateforme);
        var offre = entry.Offre;
        offre.Description = "Première ligne <script>alert('x')</script>\nDeuxième ligne\n\nSecond paragraphe";
        offre.Contact = new Contact { Nom = "Mme Camille Secret", Courriel = "camille.secret@employeur.example", UrlPostulation = "https://employeur.example/candidature" };
        offre.Agence = new Agence { Telephone = "01 23 45 67 89", Courriel = "agence.secrete@exemple.fr" };
        await store.UpsertAsync(entry);

        var html = await platform.Client.GetStringAsync(new Uri("/offres/" + offre.Id, UriKind.Relative));
        var text = WebUtility.HtmlDecode(html);

        // Encoded as text (the markup is not there), the line break kept inside its paragraph.
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"texte\">Première ligne <script>alert('x')</script>\nDeuxième ligne</p>", text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"texte\">Second paragraphe</p>", text, StringComparison.Ordinal);
        foreach (var secret in new[] { "Camille Secret", "camille.secret", "employeur.example/candidature", "01 23 45 67 89", "agence.secrete" })
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_offers_are_other_offers_of_the_same_job_near_the_same_place()
    {
        await using var platform = await StartAsync();
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var engine = platform.Services.GetRequiredService<OpenEmploi.Web.Features.Search.SearchIndexHolder>().Engine;
        var entry = await FindAsync(platform, e => e.Offre.RomeCode is not null);
        // A second offer of the same job at the same place, and one of the same job far away.
        var twin = OffreJson.Deserialize(OffreJson.Serialize(entry.Offre))!;
        twin.Id = "999ZZZA";
        twin.Intitule = "Offre jumelle du même métier";
        await store.UpsertAsync(entry with { Offre = twin });
        var far = OffreJson.Deserialize(OffreJson.Serialize(entry.Offre))!;
        far.Id = "999ZZZB";
        far.Intitule = "Même métier à l'autre bout de la France";
        var farAway = entry.Offre.LieuTravail!.Commune!.StartsWith('2') ? ("59350", "Lille", 50.6311, 3.0468) : ("2A004", "Ajaccio", 41.9272, 8.7346);
        far.LieuTravail = new LieuTravail { Commune = farAway.Item1, Libelle = farAway.Item2, Latitude = farAway.Item3, Longitude = farAway.Item4 };
        await store.UpsertAsync(entry with { Offre = far, Departement = farAway.Item1[..2] });
        await engine.CatchUpAsync();

        var html = await platform.Client.GetStringAsync(new Uri("/offres/" + entry.Id, UriKind.Relative));
        var section = html[html.IndexOf("<section aria-labelledby=\"similaires\"", StringComparison.Ordinal)..];
        var listed = System.Text.RegularExpressions.Regex.Matches(section, "<a href=\"/offres/([0-9A-Z]{7})\">").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("999ZZZA", listed);
        Assert.DoesNotContain("999ZZZB", listed);
        Assert.DoesNotContain(entry.Id, listed);
        Assert.InRange(listed.Count, 1, OpenEmploi.Web.Features.PortalSearch.SimilarOffers.Count);
        foreach (var id in listed)
            Assert.Equal(entry.Offre.RomeCode, (await store.GetAsync(id))!.RomeCode);
    }

    [Fact]
    public async Task Unknown_malformed_and_deleted_offers_are_a_french_404_page()
    {
        await using var platform = await StartAsync();
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var deleted = await FindAsync(platform, _ => true);
        Assert.True(await store.DeleteAsync(deleted.Id));
        var unknown = "000AAAA";
        Assert.Null(await store.GetAsync(unknown));

        foreach (var id in new[] { unknown, deleted.Id, "048kltp", "ABC", "12345678", "%3Cscript%3E" })
        {
            var response = await platform.Client.GetAsync(new Uri("/offres/" + id, UriKind.Relative));
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<html lang=\"fr\">", text, StringComparison.Ordinal);
            Assert.Contains(NotFoundSentence, text, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/\">Retour à l'accueil</a>", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_apply_redirect_of_a_platform_offer_lands_on_its_page()
    {
        await using var platform = await StartAsync();
        var entry = await FindAsync(platform, e => e.Source == Sources.Plateforme);

        var response = await platform.Client.GetAsync(new Uri($"/offres/{entry.Id}/postuler", UriKind.Relative));
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/offres/" + entry.Id, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($">{entry.Offre.Intitule}</h1>", text, StringComparison.Ordinal);
    }

    private async Task<RunningPlatform> StartAsync()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        return await RunningPlatform.StartAsync(location.Setting, demoOffers: 200);
    }

    private static async Task<OffreEntry> FindAsync(RunningPlatform platform, Func<OffreEntry, bool> match)
    {
        var store = platform.Services.GetRequiredService<IOffreStore>();
        await foreach (var entry in store.StreamOffersAsync())
        {
            // Offers placed only at région level carry fewer fields: take a fully placed one.
            if (entry.Offre.LieuTravail?.Commune is not null && entry.Offre.Salaire?.Libelle is not null && match(entry))
                return entry;
        }
        throw new InvalidOperationException("Aucune offre de la base de démonstration ne convient.");
    }
}
