using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// A partner that has not consented to multi-diffusion has its offers kept, checked and reported,
/// never published: not on their own, not as a member (or a listed partner) of another source's offer.
/// Consent given or withdrawn takes effect at the source's next import.
/// </summary>
public sealed class MultiDiffusionConsentTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string Reserved = "RESERVEBOARD";
    private const string Header = "id;titre;description;entreprise;code_postal;ville;contrat;duree_travail;salaire\n";

    private const string Text =
        "La Fromagerie Dubois, affineur à Annecy depuis quarante ans, recrute un vendeur en fromagerie. " +
        "Vous conseillez la clientèle sur nos fromages de Savoie, réalisez la découpe et l'emballage à la demande, " +
        "participez à la réception des livraisons et à l'entretien des caves d'affinage. " +
        "Vous tenez la caisse et veillez à la présentation soignée du comptoir. Formation interne à l'affinage assurée. " +
        "Poste en CDI à temps plein, du mardi au samedi, deux jours de repos consécutifs, prime de fin d'année.";

    private static byte[] Feed(params string[] ids) =>
        Encoding.UTF8.GetBytes(Header + string.Concat(ids.Select(id =>
            $"{id};Vendeur en fromagerie H/F;{Text};Fromagerie Dubois;74000;Annecy;CDI;35H;2 100 € brut mensuel\n")));

    private static Task RegisterAsync(PipelineBase db, bool consent) =>
        db.Ingestion.UpsertSourceAsync(new SourceSettings(
            new Source(Reserved, "Réserve Emploi", "https://reserve.example", null), SourceSettings.Partner, consent, null, null, null, null));

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Without_consent_offers_are_kept_with_their_reason_and_published_once_consent_is_given_then_withdrawn(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        await RegisterAsync(db, consent: false);

        var (first, report) = await db.ImportAsync(FeedFormat.Csv, Feed("W1", "W2"), Reserved, full: true);

        Assert.Empty(await db.PublishedAsync());
        Assert.Equal((2L, 0L), (first.Counters.Rejected, first.Counters.Created));
        var line = JsonDocument.Parse(report[0]).RootElement;
        Assert.Equal(Decisions.Withheld, line.GetProperty("decision").GetString());
        Assert.Contains(RecordProcessor.WithheldCode, line.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, line.GetProperty("offerId").ValueKind);
        var row = (await db.Ingestion.GetRowAsync(Reserved, "W1"))!;
        Assert.Equal(IngestionStatus.Rejected, row.Status);
        Assert.Contains(row.Reasons, r => r.Contains("multidiffusion", StringComparison.Ordinal));
        Assert.NotNull(row.Document);   // kept, checked: visible to its source

        // Consent given: the same feed, unchanged, is decided again and published.
        await RegisterAsync(db, consent: true);
        var (consented, _) = await db.ImportAsync(FeedFormat.Csv, Feed("W1", "W2"), Reserved, full: true);
        Assert.Equal((2L, 0L), (consented.Counters.Created + consented.Counters.Updated, consented.Counters.Unchanged));
        Assert.Single(await db.PublishedAsync());   // W2 is W1's copy: one offer
        await db.AssertConsistentAsync();

        // Consent withdrawn: the next import takes its offers out of the base.
        await RegisterAsync(db, consent: false);
        var (withdrawn, lines) = await db.ImportAsync(FeedFormat.Csv, Feed("W1", "W2"), Reserved, full: true);
        Assert.Equal(2L, withdrawn.Counters.Rejected);
        Assert.All(lines, l => Assert.Equal(Decisions.Withheld, JsonDocument.Parse(l).RootElement.GetProperty("decision").GetString()));
        Assert.Empty(await db.PublishedAsync());
        await db.AssertConsistentAsync();
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_copy_from_a_partner_without_consent_is_not_listed_in_the_offer_of_a_consenting_one(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        await RegisterAsync(db, consent: false);
        await db.ImportAsync(FeedFormat.Csv, Feed("C1"));   // the consenting partner's

        var (copy, _) = await db.ImportAsync(FeedFormat.Csv, Feed("R1"), Reserved);

        Assert.Equal((1L, 0L), (copy.Counters.Rejected, copy.Counters.Duplicates));
        var (_, json) = Assert.Single(await db.PublishedAsync());
        var partenaires = OffreJson.Deserialize(json).OrigineOffre!.Partenaires!;
        Assert.Equal([PipelineBase.Partner + " (site)"], partenaires.Select(p => p.Nom));
        await db.AssertConsistentAsync();
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_record_held_before_its_partner_withdrew_consent_cannot_be_approved(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        await RegisterAsync(db, consent: true);
        // Threshold 0: every record that is not blocked is held.
        var (held, _) = await db.ImportAsync(FeedFormat.Csv, Feed("H1"), Reserved, options: new IngestionOptions { FraudHoldThreshold = 0 });
        Assert.Equal(1L, held.Counters.Held);
        await RegisterAsync(db, consent: false);

        await using var session = await db.SessionAsync();
        var refused = await Assert.ThrowsAsync<IngestionException>(() => Lifecycle.ApproveAsync(session.Engine, Reserved, "H1"));
        Assert.Contains("multidiffusion", refused.Message, StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.Held, (await db.Ingestion.GetRowAsync(Reserved, "H1"))!.Status);
        Assert.Empty(await db.PublishedAsync());
    }
}
