using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Publication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using NormalisationShared = OpenEmploi.Ingestion.Tests.Normalisation.Shared;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// No published text carries a recruiter's contact details. The normaliser clears every text of
/// a record; the store's serialisation of a published offer scans the texts of any other document
/// again, but not those of a document the normaliser made (<c>OffreEntry.ContactFree</c>): the scan
/// would find nothing there, so the stored bytes are the same either way.
/// </summary>
public sealed class PublishedContactDetailsTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string Mail = "recrutement@exemple-rh.fr";
    private const string Phone = "06 12 34 56 78";
    private const string Link = "https://exemple-rh.fr/postuler";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Offers_imported_from_texts_full_of_contact_details_are_stored_without_any(StoreKind kind)
    {
        await using var db = await PipelineBase.CreateAsync(stores, kind);
        var entries = FeedSamples.Entries.Take(40).Select(WithContactDetails).ToList();
        var (result, _) = await db.ImportAsync(FeedFormat.Json, await FeedSamples.WriteAsync(FeedFormat.Json, entries, FeedSamples.WithExtras()));

        Assert.Equal(0, result.Counters.Errors);
        var published = await db.PublishedAsync();
        Assert.True(published.Count > 20, $"{published.Count} offres publiées");
        foreach (var (id, _) in published)
        {
            var stored = db.Ingestion.ReadOffreJson(id)!;
            Assert.DoesNotContain("exemple-rh.fr", stored, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, stored, StringComparison.Ordinal);
            Assert.Contains("[courriel]", stored, StringComparison.Ordinal);
            // Scanned again, nothing is found: the bytes a scan of every text gives.
            Assert.Equal(stored, Encoding.UTF8.GetString(ContactDetails.StoredDocument(OffreJson.Deserialize(stored))));
        }
    }

    [Fact]
    public void A_normalised_document_is_marked_free_of_contact_details_and_serialises_as_a_scan_of_it_does()
    {
        var offer = NormalisationShared.Accepted(NormalisationShared.Offer(r => r.Description = $"<p>CV à {Mail} ou au {Phone}.</p><p>Voir {Link}</p>"));

        Assert.True(offer.ContactFree);
        Assert.DoesNotContain(Mail, offer.Offre.Description, StringComparison.Ordinal);
        Assert.Equal(ContactDetails.StoredDocument(offer.Offre), OffreJson.SerializeWithoutContactToUtf8(offer.Offre));
    }

    // Contact details in every free text the published offer carries.
    private static OffreEntry WithContactDetails(OffreEntry entry)
    {
        var offre = OffreJson.Deserialize(OffreJson.SerializeToUtf8(entry.Offre));
        offre.Description = $"{offre.Description}\nCandidatures à {Mail} ou au {Phone}, ou sur {Link}.";
        offre.ExperienceCommentaire = $"Écrire à {Mail}";
        offre.ComplementExercice = $"Renseignements au {Phone}";
        offre.ConditionExercice = $"Détails : {Link}";
        offre.Entreprise = new Entreprise { Nom = offre.Entreprise?.Nom, Description = $"Notre site : {Link}, {Mail}" };
        offre.Salaire = new Salaire { Libelle = offre.Salaire?.Libelle, Commentaire = $"Négociable, appeler le {Phone}" };
        return entry with { Offre = offre };
    }
}
