using OpenEmploi.Bench.Search;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Search.Analysis;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Tests.Baselines;

/// <summary>
/// The SQLite baseline of the search benchmark (bench/OpenEmploi.Bench/Search) must mean what the
/// index means, or its timings compare different work: on a generated base, every filter it
/// implements gives the index's totals, facet counts and date-sorted window.
/// </summary>
public sealed class SqliteBaselineTests(SqliteBaselineTests.Fixture fixture) : IClassFixture<SqliteBaselineTests.Fixture>
{
    private static readonly DateTime Now = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);
    private static readonly FacetKind[] Facets = [.. QueryMix.ApiFacets, FacetKind.Departement, FacetKind.CodeRome];

    /// <summary>3,000 generated offers in the index and in the SQLite baseline (a temporary file).</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.db");

        public ReferenceData Data { get; } = ReferenceData.LoadDefault();

        public OffreIndex Index { get; private set; } = null!;

        internal SqliteBaseline Baseline { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var generator = new OffreGenerator(Data, new OffreGeneratorOptions { Seed = 7, Now = Now });
            var extractor = new OffreFactsExtractor(Data);
            var facts = generator.Generate(0, 3_000).Select(extractor.Extract).ToList();
            Index = OffreIndexBuilder.Build(IndexContext.Create(Data), facts);
            await SqliteBaseline.BuildAsync(_path, Batches(facts));
            Baseline = SqliteBaseline.Open(_path, Data, JobTitleSynonyms.Build(Data));
        }

        public Task DisposeAsync()
        {
            Baseline.Dispose();
            File.Delete(_path);
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string> Queries() =>
    [
        "bare", "dep", "dep-limitrophes", "region", "types-or-natures", "paris-0", "paris-20", "arrondissement-0", "lyon-radius",
        "keywords", "keywords-synonym", "keywords-stopword", "qualification-0", "qualification-9", "temps-plein", "temps-non-precise",
        "experience", "exigence", "publiee", "flags", "handi-or", "contract-months", "weekly-minutes", "origine", "rome-domaine",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Agrees_with_the_index(string name)
    {
        var query = Query(name) with { Facets = Facets, Start = 0, End = 49 };
        var expected = fixture.Index.Search(query, Now);
        var actual = fixture.Baseline.Search(query, Now);
        Assert.Null(SearchBenchmark.Difference(expected, actual, compareWindow: query.Keywords.Count == 0));
    }

    [Fact]
    public void Agrees_with_the_index_on_the_query_mix()
    {
        var mix = QueryMix.Create(fixture.Data, fixture.Baseline.ReadProfile(), 300, seed: 3);
        foreach (var (_, query) in mix)
        {
            var difference = SearchBenchmark.Difference(fixture.Index.Search(query, Now), fixture.Baseline.Search(query, Now), query.Sort == SearchSort.Date && query.Keywords.Count == 0);
            Assert.True(difference is null, $"{QueryMix.Describe(query)}: {difference}");
        }
    }

    private static SearchQuery Query(string name) => name switch
    {
        "bare" => new SearchQuery(),
        "dep" => new SearchQuery { Departements = ["69", "33"] },
        "dep-limitrophes" => new SearchQuery { Departements = ["75"], InclureLimitrophes = true },
        "region" => new SearchQuery { Region = "84" },
        "types-or-natures" => new SearchQuery { TypesContrat = ["CDD"], NaturesContrat = ["E2", "FS"] },
        "paris-0" => new SearchQuery { Communes = ["75056"], DistanceKm = 0 },
        "paris-20" => new SearchQuery { Communes = ["75056"], DistanceKm = 20 },
        "arrondissement-0" => new SearchQuery { Communes = ["75115"], DistanceKm = 0 },
        "lyon-radius" => new SearchQuery { Communes = ["69123", "38185"], DistanceKm = 40 },
        "keywords" => new SearchQuery { Keywords = ["aide-soignante"] },
        "keywords-synonym" => new SearchQuery { Keywords = ["programmeur", "informatique"] },
        "keywords-stopword" => new SearchQuery { Keywords = ["de", "vendeuses"] },
        "qualification-0" => new SearchQuery { Qualification = 0 },
        "qualification-9" => new SearchQuery { Qualification = 9 },
        "temps-plein" => new SearchQuery { TempsPlein = false },
        "temps-non-precise" => new SearchQuery { DureeHebdoNonPrecisee = true },
        "experience" => new SearchQuery { Experience = ExperienceBand.UnATroisAns },
        "exigence" => new SearchQuery { ExperienceExigence = 'E' },
        "publiee" => new SearchQuery { PublieeDepuisJours = 3 },
        "flags" => new SearchQuery { AccesTravailleurHandicape = false, Alternance = false, OffresManqueCandidats = false },
        "handi-or" => new SearchQuery { EntreprisesAdaptees = true, EmployeursHandiEngages = true },
        "contract-months" => new SearchQuery { DureeContratMinMois = 1, DureeContratMaxMois = 6 },
        "weekly-minutes" => new SearchQuery { DureeHebdoMinMinutes = 24 * 60, DureeHebdoMaxMinutes = 35 * 60 },
        "origine" => new SearchQuery { OrigineOffre = 2 },
        "rome-domaine" => new SearchQuery { GrandDomaine = "M", CodesRome = ["M1805", "M1607", "K2204"] },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static async IAsyncEnumerable<AnalysedOffer[]> Batches(List<OffreFacts> facts)
    {
        await Task.Yield();
        foreach (var chunk in facts.Chunk(500))
            yield return [.. chunk.Select(AnalysedOffer.From)];
    }
}
