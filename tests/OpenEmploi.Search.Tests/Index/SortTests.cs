using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

public sealed class SortTests
{
    private static readonly Lazy<OffreIndex> Index = new(() => Build(FilterCorpus.Offers()));

    private static List<string> Run(SearchQuery q) => [.. Index.Value.Search(q, T0).Ids];

    [Fact]
    public void Date_sorts_newest_first()
    {
        Assert.Equal(["a07", "a08", "a01", "a04", "a05", "a06", "a10", "a02", "a09", "a03"], Run(new SearchQuery()));
    }

    [Fact]
    public void Distance_sorts_nearest_first_then_newest()
    {
        var ids = Run(new SearchQuery { Communes = ["75056"], DistanceKm = 1000, Sort = SearchSort.Distance });
        var expected = FilterCorpus.Offers()
            .Where(o => o.Latitude is not null)
            .OrderBy(o => BruteForce.Haversine(Lat("75056"), Lon("75056"), o.Latitude!.Value, o.Longitude!.Value))
            .ThenByDescending(o => o.DateCreation)
            .Select(o => o.Id);
        Assert.Equal(expected, ids);
        Assert.Equal("a03", ids[^1]);
    }

    [Fact]
    public void Relevance_without_keywords_falls_back_to_distance_then_date()
    {
        var byDistance = Run(new SearchQuery { Communes = ["75056"], DistanceKm = 1000, Sort = SearchSort.Distance });
        Assert.Equal(byDistance, Run(new SearchQuery { Communes = ["75056"], DistanceKm = 1000, Sort = SearchSort.Relevance }));
        Assert.Equal(Run(new SearchQuery()), Run(new SearchQuery { Sort = SearchSort.Relevance }));
    }

    [Theory]
    [InlineData(SearchSort.Date)]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Distance)]
    public void Equal_keys_are_ordered_by_id_and_pages_are_stable(SearchSort sort)
    {
        // 40 offers with the same date, place and text: only the id can order them.
        var offers = Enumerable.Range(0, 40).Select(i => new OffreFacts
        {
            Id = $"t{(i * 17) % 40:D2}", Source = "OPENEMPLOI", Origine = 1, DateCreation = T0, Titre = "Plombier",
            Commune = "33063", Latitude = Lat("33063"), Longitude = Lon("33063"),
        });
        var index = Build(offers);
        var query = new SearchQuery { Keywords = ["plombier"], Communes = ["33063"], Sort = sort };
        var all = index.Search(query with { Start = 0, End = 39 }, T0).Ids;
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"t{i:D2}"), all);
        var pages = new List<string>();
        for (var start = 0; start < 40; start += 7)
            pages.AddRange(index.Search(query with { Start = start, End = start + 6 }, T0).Ids);
        Assert.Equal(all, pages);
    }

    [Fact]
    public void A_window_beyond_the_total_is_empty_but_counts_everything()
    {
        var result = Index.Value.Search(new SearchQuery { Start = 20, End = 30 }, T0);
        Assert.Empty(result.Ids);
        Assert.Equal(10, result.Total);
    }

    [Fact]
    public void Windows_reach_index_3149()
    {
        var offers = GeneratedCorpus.Facts5000;
        var index = Build(offers);
        var expected = offers.OrderByDescending(o => o.DateCreation).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Skip(3000).Take(150).Select(o => o.Id);
        Assert.Equal(expected, index.Search(new SearchQuery { Start = 3000, End = 3149 }, T0).Ids);
    }
}
