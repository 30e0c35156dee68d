using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.DeveloperPlatform;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class ReportUploadTests(ReportsPlatformFixture fixture) : IClassFixture<ReportsPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_month_report_is_accepted_on_the_page_a_wrong_one_is_refused_with_every_error_and_the_api_replaces_it(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var month = platform.Clock.MoveToMidMonth();
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Rapports");
        using var _ = reuser;

        // During the month, its report cannot be sent yet.
        var early = await reuser.UploadReportAsync(requestId, month.ToString(), "offre_id;vues\n048KLTP;3\n");
        Assert.Contains("le mois n&#x27;est pas terminé", early, StringComparison.Ordinal);

        platform.Clock.SetUtcNow(platform.Clock.GetUtcNow().AddMonths(1).AddDays(-10)); // the 5th of the next month
        await reuser.SignInAsync(reuser.Email!, DeveloperPlatform.DeveloperPlatform.Password, expectSuccess: true);

        var accepted = await reuser.UploadReportAsync(requestId, month.ToString(), "\uFEFFoffre_id,vues\r\n048KLTP,120\r\n112ABCD,37\r\nTOTAL,157\r\n", "novembre.csv");
        Assert.Contains("enregistré : 2 offre(s), 157 vue(s) au total", accepted, StringComparison.Ordinal);
        Assert.Contains("statut-recu\">reçu</td>", accepted, StringComparison.Ordinal);
        Assert.Contains("novembre.csv", accepted, StringComparison.Ordinal);

        var refused = await reuser.UploadReportAsync(requestId, month.ToString(),
            $"offre_id;vues;mois\n048KLTP;-4;{month}\n12ABCD;10;{month}\n048KLTP;2,5;{month}\n200AAAA;dix;{month.Previous}\nTOTAL;99;\n");
        var errors = ListedErrors(refused);
        Assert.Contains("Le rapport est refusé : 6 erreurs", refused, StringComparison.Ordinal);
        Assert.Equal(
        [
            "Ligne 2, champ « vues », valeur « -4 » : le nombre de vues ne peut pas être négatif.",
            "Ligne 3, champ « offre_id », valeur « 12ABCD » : identifiant d'offre invalide : 7 caractères attendus, 3 chiffres puis 4 lettres majuscules (ex. 048KLTP).",
            "Ligne 4, champ « vues », valeur « 2,5 » : le nombre de vues doit être un entier, sans décimales ni séparateur de milliers (ex. 1250).",
            "Ligne 4, champ « offre_id », valeur « 048KLTP » : offre déjà présente ligne 2 : une seule ligne par offre.",
            "Ligne 5, champ « vues », valeur « dix » : le nombre de vues doit être un entier positif ou nul, écrit en chiffres (ex. 42).",
            $"Ligne 5, champ « mois », valeur « {month.Previous} » : le fichier est déposé pour le mois {month} ; chaque ligne doit porter ce mois (AAAA-MM).",
        ], errors);
        // Refused whole: the accepted report still counts, alone.
        var history = await platform.Running.Services.GetReportsAsync(clientId);
        Assert.Equal(157, Assert.Single(history).TotalViews);

        var mismatch = await reuser.UploadReportAsync(requestId, month.ToString(), "offre_id;vues\n048KLTP;120\n112ABCD;37\nTOTAL;150\n");
        Assert.Equal(["Ligne 4, champ « vues », valeur « 150 » : le total déclaré ne correspond pas à la somme des lignes d'offres (157)."], ListedErrors(mismatch));

        // The application's batch job sends the corrected month with its own token.
        var caller = await platform.ReportCallerAsync(clientId, secret);
        using (var put = await caller.PutReportAsync(month.ToString(), "offre_id;vues\n048KLTP;121\n112ABCD;37\n300BBBB;0\n"))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            using var body = JsonDocument.Parse(await put.Content.ReadAsStringAsync());
            Assert.Equal("recu", body.RootElement.GetProperty("statut").GetString());
            Assert.Equal(158, body.RootElement.GetProperty("vuesTotal").GetInt64());
            Assert.Equal(3, body.RootElement.GetProperty("offres").GetInt32());
            Assert.Equal(2, body.RootElement.GetProperty("depots").GetInt32());
        }
        using (var bad = await caller.PutReportAsync(month.ToString(), "offre,vues\n048KLTP,1\n"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
            Assert.Equal(2, problem.RootElement.GetProperty("nombreErreurs").GetInt32());
            var first = problem.RootElement.GetProperty("erreurs")[0];
            Assert.Equal(1, first.GetProperty("ligne").GetInt32());
            Assert.Equal("offre", first.GetProperty("valeur").GetString());
        }
        using (var list = await caller.GetAsync("/partenaire/rapports-consultation/v1/mois"))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            using var body = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
            var latest = body.RootElement.GetProperty("mois")[0];
            Assert.Equal(month.ToString(), latest.GetProperty("mois").GetString());
            Assert.Equal("recu", latest.GetProperty("statut").GetString());
            Assert.Equal(158, latest.GetProperty("vuesTotal").GetInt64());
        }
        // An offers token is not a reports token.
        var offresCaller = new Hosting.ApiCaller(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret));
        using (var forbidden = await offresCaller.PutReportAsync(month.ToString(), "offre_id;vues\n"))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var page = await reuser.GetHtmlAsync($"/developpeurs/applications/{requestId}/rapports");
        Assert.Contains("<td>API</td>", page, StringComparison.Ordinal);
        Assert.Equal(2, (await platform.Running.Services.GetReportsAsync(clientId)).Count);
    }

    private static List<string> ListedErrors(string html)
    {
        var alert = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"erreurs\"[^>]*id=\"erreurs-fichier\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(alert.Success, "Pas de liste d'erreurs : " + html);
        return System.Text.RegularExpressions.Regex.Matches(alert.Groups[1].Value, "<li>(.*?)</li>")
            .Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))
            .ToList();
    }
}

internal static class ReportStoreAccess
{
    public static Task<IReadOnlyList<ReportReceipt>> GetReportsAsync(this IServiceProvider services, string clientId) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IConsultationReportStore>(services).ListByApplicationAsync(clientId);
}
