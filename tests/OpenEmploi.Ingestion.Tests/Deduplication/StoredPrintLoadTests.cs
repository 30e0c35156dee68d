using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using static OpenEmploi.Ingestion.Tests.Deduplication.TestOffers;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// <see cref="DuplicateIndex.LoadDocuments"/> from stored prints (<see cref="StoredPrint"/>): a
/// member given only its print loads as the member given its JSON, unless the print is of another
/// version, unreadable, or drops other lines than the load's boilerplate table — then its document
/// is read back and fingerprinted again, to the same print.
/// </summary>
public sealed class StoredPrintLoadTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(T0.AddDays(1)));
    private readonly Documents _documents = new();

    private sealed class Documents : IMemberDocuments
    {
        public Dictionary<MemberKey, string> Written { get; } = [];

        public List<MemberKey> Reads { get; } = [];

        public Offre Read(MemberKey key, string offerId)
        {
            Reads.Add(key);
            return OffreJson.Deserialize(Written[key]);
        }
    }

    private DedupOptions Options => new() { Documents = _documents, Boilerplate = new BoilerplateOptions { MinAds = 5 } };

    /// <summary>A board's ads, one job in each of twelve communes, each with the board's header line; and the platform's offer in Lyon.</summary>
    private List<StoredMemberDocument> Members()
    {
        var offers = new List<NormalisedOffer> { Make("100AAAA") };
        for (var i = 0; i < 12; i++)
        {
            offers.Add(Make($"2{i:D2}AAAA", source: JobsRegion.Code, sourceId: $"R-{i}", poster: PosterKind.Partner,
                description: "Offre relayée par JobsRégion, le site de l'emploi en région\n" + $"Poste numéro {i}. " + Description,
                commune: $"6938{i % 9 + 1}", postalCode: $"6900{i % 9 + 1}", created: T0.AddHours(i)));
        }
        var members = new List<StoredMemberDocument>();
        foreach (var offer in offers)
        {
            var e = offer.Entry;
            members.Add(new StoredMemberDocument(System.Text.Encoding.UTF8.GetBytes(OffreJson.Serialize(offer.Offre)), e.Source, e.SourceId,
                e.AppellationCode, e.Departement, e.Region, offer.Poster, offer.Siret, offer.Offre.Id));
            _documents.Written[MemberKey.Of(offer)] = OffreJson.Serialize(offer.Offre);
        }
        return members;
    }

    private (DuplicateIndex Index, List<(StoredMemberDocument Member, byte[] Print)> Recomputed) Load(IReadOnlyList<StoredMemberDocument> members)
    {
        var recomputed = new List<(StoredMemberDocument, byte[])>();
        var index = DuplicateIndex.LoadDocuments(members, TestOffers.Sources, _time, Options, OffreVerifier.FactsOf, null, recomputed);
        return (index, recomputed);
    }

    /// <summary>The members given their prints only (no JSON): what a session reads from the store once they are stored.</summary>
    private static List<StoredMemberDocument> PrintsOnly(List<(StoredMemberDocument Member, byte[] Print)> prints) =>
        [.. prints.Select(p => p.Member with { Json = null, Print = p.Print })];

    /// <summary>What the two indexes decide for the same copies: outcomes, published ids and published documents.</summary>
    private static void AssertSameDecisions(DuplicateIndex expected, DuplicateIndex actual)
    {
        NormalisedOffer[] copies =
        [
            Copy("300AAAA", EmploiDirect.Code, "E-1"),
            Make("301AAAA", source: EmploiDirect.Code, sourceId: "E-2", poster: PosterKind.Partner, commune: "69384", postalCode: "69004",
                description: "Poste numéro 3. " + Description),
            Make("302AAAA", source: InterimNet.Code, sourceId: "I-1", poster: PosterKind.Partner, commune: "69387", postalCode: "69007",
                description: "Offre relayée par JobsRégion, le site de l'emploi en région\nPoste numéro 6. " + Description),
        ];
        foreach (var copy in copies)
        {
            var e = expected.Add(copy);
            var a = actual.Add(copy);
            Assert.Equal((e.Outcome, e.PublishedId, e.Layer), (a.Outcome, a.PublishedId, a.Layer));
            Assert.Equal(e.Changes.Select(c => (c.Kind, c.OffreId, c.IntoId, c.Offre is null ? null : OffreJson.Serialize(c.Offre))),
                a.Changes.Select(c => (c.Kind, c.OffreId, c.IntoId, c.Offre is null ? null : OffreJson.Serialize(c.Offre))));
        }
    }

    [Fact]
    public void Members_loaded_from_their_prints_decide_as_members_parsed_from_their_documents()
    {
        var members = Members();
        var (parsed, prints) = Load(members);
        Assert.Equal(members.Count, prints.Count);
        // The board's header is boilerplate: its ads' prints say they dropped it.
        Assert.Contains(prints, p => StoredPrint.Decode(p.Print)!.Dropped.Any(b => b != 0));

        var (loaded, recomputed) = Load(PrintsOnly(prints));

        Assert.Empty(recomputed);
        Assert.Empty(_documents.Reads);
        Assert.Equal(parsed.MemberCount, loaded.MemberCount);
        AssertSameDecisions(parsed, loaded);
    }

    [Fact]
    public void A_print_of_another_version_unreadable_or_dropping_other_lines_is_recomputed_from_its_document()
    {
        var members = Members();
        var (parsed, prints) = Load(members);
        var stored = PrintsOnly(prints);
        var board = stored.FindIndex(m => m.Source == JobsRegion.Code);
        var print = StoredPrint.Decode(stored[board].Print!)!;
        var flipped = print.Dropped.ToArray();
        flipped[0] ^= 1;
        stored[board] = stored[board] with
        {
            Print = new StoredPrint
            {
                Print = print.Print, Lines = print.Lines, Dropped = flipped, OfferId = print.OfferId,
                Created = print.Created, Updated = print.Updated, Facts = print.Facts,
            }.Encode(),
        };
        var versioned = stored[0].Print!.ToArray();
        versioned[0] = StoredPrint.Version + 1;
        stored[0] = stored[0] with { Print = versioned };
        stored[^1] = stored[^1] with { Print = stored[^1].Print![..^3] };

        var (loaded, recomputed) = Load(stored);

        string[] expected = [.. new[] { stored[0].Key, stored[board].Key, stored[^1].Key }.Select(k => k.ToString()).Order()];
        Assert.Equal(expected, recomputed.Select(r => r.Member.Key.ToString()).Order());
        // Read back, and only those (twice for a member among its source's last ads without a readable print: learnt, then fingerprinted).
        Assert.Equal(expected, _documents.Reads.Select(k => k.ToString()).Distinct().Order());
        // Recomputed to the print the document gives.
        foreach (var (member, again) in recomputed)
            Assert.Equal(prints.Single(p => p.Member.Key == member.Key).Print, again);
        AssertSameDecisions(parsed, loaded);
    }
}
