using System.Text;
using System.Text.Json;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// Records whose text is 40–60 % like a published offer's, with the same employer, title and
/// place: de-duplication does not merge them, and they used to be published beside it unnoticed.
/// They now wait in the moderation queue, saying which offer they may duplicate.
/// </summary>
public sealed class PossibleDuplicateTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string Header = "id;titre;description;entreprise;code_postal;ville;contrat;duree_travail;salaire\n";

    private const string Opening =
        "La Boulangerie Martin, implantée à Lyon depuis trente ans, renforce son équipe et recrute un vendeur en boulangerie. " +
        "Vous accueillez la clientèle, conseillez nos clients sur nos pains et viennoiseries et assurez l'encaissement. " +
        "Vous participez à la mise en place de la vitrine chaque matin avant l'ouverture du magasin. " +
        "Vous veillez au respect des règles d'hygiène et à la propreté de la boutique tout au long de la journée. ";

    private const string Original = Opening +
        "Une première expérience dans la vente alimentaire serait un plus pour réussir sur ce poste. " +
        "Vous êtes souriant, ponctuel et vous aimez le contact avec une clientèle de quartier fidèle. " +
        "Poste à pourvoir en CDI à temps plein, du mardi au samedi, avec deux jours de repos consécutifs. " +
        "Rémunération selon profil et convention collective, mutuelle d'entreprise et prime annuelle.";

    // Half the text kept, the rest rewritten: a second vacancy, or the same one reworded.
    private const string Reworded = Opening +
        "Vous travaillez le dimanche matin en alternance avec un collègue. " +
        "Salaire attractif selon expérience, tickets restaurant et participation aux transports. " +
        "Prise de poste immédiate après un court entretien.";

    private static byte[] Feed(params (string Id, string Text)[] records) =>
        Encoding.UTF8.GetBytes(Header + string.Concat(records.Select(r =>
            $"{r.Id};Vendeur en boulangerie H/F;{r.Text};Boulangerie Martin;69003;Lyon;CDI;35H;2 000 € brut mensuel\n")));

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_possible_duplicate_is_held_naming_the_offer_it_may_duplicate_and_approval_publishes_it(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);

        var (result, report) = await db.ImportAsync(FeedFormat.Csv, Feed(("P1", Original), ("P2", Reworded)));

        Assert.Equal(1, result.Counters.Created);
        Assert.Equal(1, result.Counters.Held);
        var published = Assert.Single(await db.PublishedAsync());
        var line = JsonDocument.Parse(report[1]).RootElement;
        Assert.Equal("hold", line.GetProperty("decision").GetString());
        Assert.Contains(RecordProcessor.PossibleDuplicateCode, line.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        var reason = Assert.Single(line.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Doublon possible", StringComparison.Ordinal)).GetString()!;
        Assert.Contains($"de l'offre {published.Id} ({PipelineBase.Partner}/P1)", reason, StringComparison.Ordinal);
        var held = (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "P2"))!;
        Assert.Equal(IngestionStatus.Held, held.Status);
        Assert.Contains(held.Codes, c => c == RecordProcessor.PossibleDuplicateCode);
        Assert.Contains("P2", (await db.Ingestion.ListByStatusAsync(IngestionStatus.Held, 10)).Select(r => r.SourceId));   // the moderation queue
        await db.AssertConsistentAsync();

        // Sent again unchanged, it stays in the queue; approved, it is published beside the other.
        var (again, _) = await db.ImportAsync(FeedFormat.Csv, Feed(("P1", Original), ("P2", Reworded)));
        Assert.Equal(2, again.Counters.Unchanged);
        string approved;
        await using (var session = await db.SessionAsync())
            approved = await Lifecycle.ApproveAsync(session.Engine, PipelineBase.Partner, "P2");
        Assert.NotEqual(published.Id, approved);
        Assert.Equal(new[] { published.Id, approved }.Order(), (await db.PublishedAsync()).Select(o => o.Id).Order());
        await db.AssertConsistentAsync();
    }

    [Fact]
    public async Task A_rejected_possible_duplicate_stays_out_and_an_exact_copy_is_still_merged()
    {
        await using var db = await PipelineBase.CreateAsync(stores, StoreKind.Sqlite);

        var (result, _) = await db.ImportAsync(FeedFormat.Csv, Feed(("P1", Original), ("P2", Reworded), ("P3", Original)));

        Assert.Equal(1, result.Counters.Held);
        Assert.Equal(1, result.Counters.Duplicates);      // P3 is P1's copy: merged, not queued
        await using (var session = await db.SessionAsync())
            await Lifecycle.RejectAsync(session.Engine, PipelineBase.Partner, "P2", "même poste que l'offre publiée");
        Assert.Single(await db.PublishedAsync());
        Assert.Equal(IngestionStatus.Rejected, (await db.Ingestion.GetRowAsync(PipelineBase.Partner, "P2"))!.Status);
        await db.AssertConsistentAsync();
    }
}
