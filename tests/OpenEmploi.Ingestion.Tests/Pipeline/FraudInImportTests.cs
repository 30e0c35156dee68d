using System.Text;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>The fraud signals that need the base: what the import session reads from it when it opens.</summary>
public sealed class FraudInImportTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string Header = "id;titre;description;entreprise;code_postal;ville;contrat;duree_travail;salaire\n";

    private static readonly (string PostalCode, string City)[] Cities =
    [
        ("69003", "Lyon"), ("69100", "Villeurbanne"), ("38000", "Grenoble"), ("42000", "Saint-Étienne"), ("74000", "Annecy"),
        ("73000", "Chambéry"), ("26000", "Valence"), ("63000", "Clermont-Ferrand"), ("01000", "Bourg-en-Bresse"), ("38200", "Vienne"),
        ("42300", "Roanne"), ("03100", "Montluçon"),
    ];

    private static readonly string[] Names =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Mercier", "Blanc",
    ];

    private static string Line(string id, string employer, (string PostalCode, string City) place, string pay, int variant) =>
        $"{id};Préparateur de commandes H/F;{employer} recherche un préparateur de commandes pour son entrepôt de {place.City}. "
        + $"Vous préparez les commandes avec un terminal de lecture, contrôlez les quantités et participez aux inventaires de la zone {variant}. "
        + "Vous travaillez en équipe du matin ou de l'après-midi, dans le respect des consignes de sécurité.;"
        + $"{employer};{place.PostalCode};{place.City};CDI;35H;{pay}\n";

    /// <summary>
    /// F06 was off in the pipeline (no distribution given to the session's verifier): an offer
    /// paying four times the job's usual pay raised nothing. The session now reads the live
    /// offers' pay by ROME code and région when it loads.
    /// </summary>
    [Fact]
    public async Task Pay_far_above_the_jobs_pay_in_the_base_raises_the_fraud_score()
    {
        await using var db = await PipelineBase.CreateAsync(stores, StoreKind.Sqlite);
        var bases = new StringBuilder(Header);
        for (var i = 0; i < Names.Length; i++)
            bases.Append(Line($"B{i}", "Transports " + Names[i], Cities[i % Cities.Length], i % 2 == 0 ? "2 000 € brut mensuel" : "2 150 € brut mensuel", i));
        var (first, _) = await db.ImportAsync(FeedFormat.Csv, Encoding.UTF8.GetBytes(bases.ToString()));
        Assert.Equal(Names.Length, first.Counters.Created);

        var feed = Header
            + Line("H1", "Entrepôts Quentin", Cities[0], "9 000 € brut mensuel", 101)
            + Line("C1", "Entrepôts Valentin", Cities[1], "2 100 € brut mensuel", 102);
        await db.ImportAsync(FeedFormat.Csv, Encoding.UTF8.GetBytes(feed));

        Assert.Equal(25, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "H1"))!.FraudScore);
        Assert.Equal(0, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "C1"))!.FraudScore);
    }

    [Fact]
    public async Task Without_enough_offers_of_the_job_in_the_base_the_signal_stays_off()
    {
        await using var db = await PipelineBase.CreateAsync(stores, StoreKind.Sqlite);
        var feed = Header + Line("H1", "Entrepôts Quentin", Cities[0], "9 000 € brut mensuel", 1);

        await db.ImportAsync(FeedFormat.Csv, Encoding.UTF8.GetBytes(feed));

        Assert.Equal(0, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "H1"))!.FraudScore);
    }

    private static byte[] Template(string id, string employer, (string PostalCode, string City) place) =>
        Encoding.UTF8.GetBytes(Header + $"{id};Agent de saisie H/F;{employer} recrute des agents de saisie pour traiter des dossiers clients. "
            + "Vous saisissez les informations des formulaires reçus, vérifiez leur cohérence et signalez les anomalies à votre responsable. "
            + "Le poste demande de la rigueur, une bonne maîtrise du clavier et le sens de la confidentialité. "
            + "Une formation complète à nos outils est assurée pendant les deux premières semaines de la mission.;"
            + $"{employer};{place.PostalCode};{place.City};CDI;35H;1 900 € brut mensuel\n");

    /// <summary>
    /// F09 ("many offers with one text under different employer names") used to see only the
    /// import under way: a template posted under a new name in each import scored 0 every time.
    /// The session now learns the live offers' texts when it loads.
    /// </summary>
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task One_text_under_other_employer_names_in_later_imports_raises_F09_from_the_base(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);

        await db.ImportAsync(FeedFormat.Csv, Template("S1", "Saisie Express", Cities[0]));
        await db.ImportAsync(FeedFormat.Csv, Template("S2", "Dossiers Rapides", Cities[2]));
        await db.ImportAsync(FeedFormat.Csv, Template("S3", "Bureau Services Plus", Cities[4]));

        Assert.Equal(0, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "S1"))!.FraudScore);
        Assert.Equal(10, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "S2"))!.FraudScore);
        Assert.Equal(25, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "S3"))!.FraudScore);
    }

    [Fact]
    public async Task The_same_employer_posting_its_text_again_in_a_later_import_raises_nothing()
    {
        await using var db = await PipelineBase.CreateAsync(stores, StoreKind.Sqlite);

        await db.ImportAsync(FeedFormat.Csv, Template("S1", "Saisie Express", Cities[0]));
        await db.ImportAsync(FeedFormat.Csv, Template("S2", "Saisie Express", Cities[2]));

        Assert.Equal(0, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "S2"))!.FraudScore);
    }
}
