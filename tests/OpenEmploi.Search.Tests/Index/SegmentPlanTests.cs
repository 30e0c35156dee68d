using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>
/// Which drivers SegmentSearcher may walk slice after slice, without the bitmap that puts their
/// documents in ascending order: only slices holding distinct documents, and only without keywords.
/// </summary>
public sealed class SegmentPlanTests
{
    [Fact]
    public void Several_codes_of_one_column_drive_as_disjoint_slices_other_unions_do_not()
    {
        var index = BuildPlaceOrdered(GeneratedCorpus.Facts5000);
        var facts = GeneratedCorpus.Facts5000;
        var romes = facts.Select(f => f.RomeCode).OfType<string>().Distinct(StringComparer.Ordinal).Take(3).ToArray();

        using var rome = Plan(index, new SearchQuery { CodesRome = romes });
        Assert.Equal(3, rome.Driver!.Count);
        Assert.True(rome.DriverIsDisjoint);

        using var radius = Plan(index, new SearchQuery { Communes = ["75056"], DistanceKm = 10 });
        Assert.True(radius.Driver!.Count > 1);
        Assert.True(radius.DriverIsDisjoint);

        // typeContrat OR natureContrat: two columns, an offer can be in both postings.
        using var contracts = Plan(index, new SearchQuery { TypesContrat = ["MIS"], NaturesContrat = ["E2"] });
        Assert.NotNull(contracts.Driver);
        Assert.False(contracts.DriverIsDisjoint);

        // A keyword's term postings and its synonyms' ROME postings overlap.
        using var keyword = Plan(index, new SearchQuery { Keywords = ["vendeur"] });
        Assert.True(keyword.Driver!.Count > 1);
        Assert.False(keyword.DriverIsDisjoint);
    }

    private static SegmentPlan Plan(OffreIndex index, SearchQuery query) =>
        new(index.Base, new PreparedQuery(query, T0, index.Context), _ => 1.0, index.Scoring);
}
