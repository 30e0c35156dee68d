using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class CandidateIndexTests
{
    private static Fingerprint Print(ulong[] shingles, uint content = 1, uint url = 0)
    {
        var keys = new uint[MinHasher.Bands];
        MinHasher.BandKeys(MinHashTests.Signature(shingles), keys);
        return new Fingerprint { Shingles = [], BandKeys = keys, TitleTerms = [], Employer = [], ContentHash = content, UrlHash = url };
    }

    private static List<Candidate> Lookup(CandidateIndex index, Fingerprint print, int self = -1)
    {
        var found = new List<Candidate>();
        index.Candidates(print, self, found);
        return found;
    }

    [Fact]
    public void Lanes_are_keyed_by_departement_and_a_print_without_one_walks_them_all()
    {
        var (text, _) = MinHashTests.Pair(1, 0, 0, 100);
        var index = new CandidateIndex();
        var gironde = Print(text, content: 7);
        gironde.Departement = "33";
        var rhone = Print(text, content: 7);
        rhone.Departement = "69";
        var nowhere = Print(text, content: 7);
        index.Insert(0, gironde);
        index.Insert(1, rhone);
        index.Insert(2, nowhere);

        var bordeaux = Print(text, content: 7);
        bordeaux.Departement = "33";
        // Same text in the Rhône: another département, never the same job; a member without one may be anywhere.
        Assert.Equal([0, 2], Lookup(index, bordeaux).Select(c => c.Slot).Order());
        var regionOnly = Print(text, content: 7);
        Assert.Equal([0, 1, 2], Lookup(index, regionOnly).Select(c => c.Slot).Order());

        index.Remove(0, gironde);
        Assert.Equal([2], Lookup(index, bordeaux).Select(c => c.Slot));
        Assert.Equal([1, 2], Lookup(index, regionOnly).Select(c => c.Slot).Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_print_in_a_commune_walks_its_commune_and_the_members_without_one_and_a_departement_walks_every_commune(bool sealedLanes)
    {
        var (text, _) = MinHashTests.Pair(3, 0, 0, 100);
        Fingerprint At(string? commune, string? departement, string? region = null)
        {
            var print = Print(text, content: 7);
            (print.Commune, print.Departement, print.Region) = (commune, departement, region ?? departement switch { "33" => "75", "69" => "84", _ => null });
            return print;
        }
        var members = new[] { At("33063", "33"), At("33281", "33"), At(null, "33"), At(null, null), At("69123", "69") };
        var index = Filled(members, sealedLanes);

        // Bordeaux: Bordeaux, the Gironde without a commune, the member without a département; not Mérignac.
        Assert.Equal([0, 2, 3], Lookup(index, At("33063", "33")).Select(c => c.Slot).Order());
        // The Gironde only: every member of the Gironde and the one without a département.
        Assert.Equal([0, 1, 2, 3], Lookup(index, At(null, "33")).Select(c => c.Slot).Order());
        // Nouvelle-Aquitaine only: its départements' members and the one without a département.
        Assert.Equal([0, 1, 2, 3], Lookup(index, At(null, null, "75")).Select(c => c.Slot).Order());
        // No place at all: everyone.
        Assert.Equal([0, 1, 2, 3, 4], Lookup(index, At(null, null)).Select(c => c.Slot).Order());
        // A commune whose members all left, and a member without a commune gone: nobody left to meet but the rest.
        index.Remove(2, members[2]);
        index.Remove(3, members[3]);
        Assert.Equal([0], Lookup(index, At("33063", "33")).Select(c => c.Slot));
        Assert.Equal([0, 1], Lookup(index, At(null, "33")).Select(c => c.Slot).Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_member_placed_by_its_region_only_is_met_by_the_records_of_its_region_and_by_those_without_one(bool sealedLanes)
    {
        var (text, _) = MinHashTests.Pair(4, 0, 0, 100);
        Fingerprint At(string? commune, string? departement, string? region)
        {
            var print = Print(text, content: 7);
            (print.Commune, print.Departement, print.Region) = (commune, departement, region);
            return print;
        }
        // Nouvelle-Aquitaine only, Auvergne-Rhône-Alpes only, no place at all, Bordeaux.
        var members = new[] { At(null, null, "75"), At(null, null, "84"), At(null, null, null), At("33063", "33", "75") };
        var index = Filled(members, sealedLanes);

        // Mérignac (Gironde, Nouvelle-Aquitaine): its région's member and the one without a place; not
        // Auvergne-Rhône-Alpes' (two régions never verify), not Bordeaux (another commune).
        Assert.Equal([0, 2], Lookup(index, At("33281", "33", "75")).Select(c => c.Slot).Order());
        // Lyon: the other région's.
        Assert.Equal([1, 2], Lookup(index, At("69123", "69", "84")).Select(c => c.Slot).Order());
        // The Gironde only: its members, its région's and the one without a place.
        Assert.Equal([0, 2, 3], Lookup(index, At(null, "33", "75")).Select(c => c.Slot).Order());
        // Nouvelle-Aquitaine only: the same.
        Assert.Equal([0, 2, 3], Lookup(index, At(null, null, "75")).Select(c => c.Slot).Order());
        // A département without its région (which SamePlace cannot rule out against any région): every région's.
        Assert.Equal([0, 1, 2], Lookup(index, At("33281", "33", null)).Select(c => c.Slot).Order());
        // No place: everyone.
        Assert.Equal([0, 1, 2, 3], Lookup(index, At(null, null, null)).Select(c => c.Slot).Order());

        // The région's member leaves: Mérignac meets only the one without a place.
        index.Remove(0, members[0]);
        Assert.Equal([2], Lookup(index, At("33281", "33", "75")).Select(c => c.Slot));
    }

    [Fact]
    public void Loaded_members_are_sealed_then_skipped_once_removed_and_their_slot_serves_again()
    {
        var (text, other) = MinHashTests.Pair(2, 60, 60, 0);
        var index = new CandidateIndex();
        index.BeginLoad(3);
        index.InsertLoaded(0, Print(text, content: 5));
        index.InsertLoaded(1, Print(text, content: 6));
        index.InsertLoaded(2, Print(other, content: 7));
        index.Seal();
        index.Insert(3, Print(text, content: 8));

        // Newest first: the member added since the load, then the loaded ones from the last.
        Assert.Equal([3, 1, 0], Lookup(index, Print(text, content: 9)).Select(c => c.Slot));
        Assert.Equal([2], Lookup(index, Print(other, content: 9)).Select(c => c.Slot));

        // Slot 1 leaves, then serves a member with the other text: its sealed entries no longer count.
        index.Remove(1, Print(text, content: 6));
        index.Insert(1, Print(other, content: 10));
        Assert.Equal([3, 0], Lookup(index, Print(text, content: 9)).Select(c => c.Slot));
        Assert.Equal([1, 2], Lookup(index, Print(other, content: 9)).Select(c => c.Slot));
        index.Remove(1, Print(other, content: 10));
        Assert.Equal([2], Lookup(index, Print(other, content: 9)).Select(c => c.Slot));
    }

    [Theory]
    [InlineData(0.9, 1.00)]
    [InlineData(0.7, 0.99)]
    [InlineData(0.5, 0.80)]
    public void Similar_sets_meet_in_a_band_with_the_s_curve_probability(double jaccard, double atLeast)
    {
        // 1 − (1 − J⁴)³²: 1.0 at 0.9, 0.9996 at 0.7, 0.87 at 0.5.
        var met = 0;
        const int Pairs = 200;
        for (var seed = 0; seed < Pairs; seed++)
        {
            var common = (int)Math.Round(200 * jaccard);
            var (a, b) = MinHashTests.Pair(seed, (200 - common) / 2, (200 - common) - ((200 - common) / 2), common);
            var index = new CandidateIndex();
            index.Insert(0, Print(a, content: 10));
            if (Lookup(index, Print(b, content: 20)).Count == 1)
                met++;
        }
        Assert.True(met >= atLeast * Pairs, $"{met} of {Pairs} pairs at J = {jaccard}");
    }

    [Fact]
    public void Dissimilar_sets_rarely_meet()
    {
        // J = 0.1: 1 − (1 − 10⁻⁴)³² ≈ 0.3 %.
        var met = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var (a, b) = MinHashTests.Pair(seed, 90, 90, 20);
            var index = new CandidateIndex();
            index.Insert(0, Print(a, content: 10));
            met += Lookup(index, Print(b, content: 20)).Count;
        }
        Assert.True(met <= 6, $"{met} of 200");
    }

    [Fact]
    public void Exact_keys_are_candidates_with_their_reason_and_removal_forgets_a_slot()
    {
        var (a, b) = MinHashTests.Pair(7, 0, 0, 150);
        var (c, _) = MinHashTests.Pair(8, 150, 0, 0);
        var index = new CandidateIndex();
        var zero = Print(a, content: 5);
        var two = Print(c, content: 5, url: 78);
        index.Insert(0, zero);
        index.Insert(1, Print(c, content: 6, url: 77));
        index.Insert(2, two);

        var found = Lookup(index, Print(b, content: 5, url: 77)).OrderBy(x => x.Slot).ToList();
        Assert.Equal([0, 1, 2], found.Select(x => x.Slot));
        Assert.Equal(CandidateReason.SameContent | CandidateReason.MinHash, found[0].Reason);
        Assert.Equal(CandidateReason.SameApplyUrl, found[1].Reason);
        Assert.Equal(CandidateReason.SameContent, found[2].Reason);

        index.Remove(0, zero);
        index.Remove(2, two);
        Assert.Equal([1], Lookup(index, Print(b, content: 5, url: 77)).Select(x => x.Slot));
        // The slot itself is never its own candidate.
        Assert.Empty(Lookup(index, Print(c, content: 6, url: 77), self: 1));
    }

    [Fact]
    public void Many_members_sharing_keys_are_all_found_and_removed_from_the_middle_of_a_chain()
    {
        var (a, _) = MinHashTests.Pair(9, 100, 0, 0);
        var index = new CandidateIndex();
        var print = Print(a, content: 3);
        for (var slot = 0; slot < 50; slot++)
            index.Insert(slot, print);
        for (var slot = 10; slot < 40; slot += 3)
            index.Remove(slot, print);
        var found = Lookup(index, Print(a, content: 3)).Select(x => x.Slot).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 50).Where(s => s < 10 || s >= 40 || (s - 10) % 3 != 0), found);
    }

    /// <summary>The members in slot order, loaded into sealed lanes (a session's opening) or inserted one by one (an import).</summary>
    private static CandidateIndex Filled(Fingerprint[] members, bool sealedLanes)
    {
        var index = new CandidateIndex();
        if (sealedLanes)
            index.BeginLoad(members.Length);
        for (var slot = 0; slot < members.Length; slot++)
        {
            if (sealedLanes)
                index.InsertLoaded(slot, members[slot]);
            else
                index.Insert(slot, members[slot]);
        }
        index.Seal();
        return index;
    }
}
