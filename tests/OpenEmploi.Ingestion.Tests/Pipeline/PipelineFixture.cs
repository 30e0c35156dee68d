using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>A migrated base with a partner source, and imports into it on a fixed clock.</summary>
internal sealed class PipelineBase(StoreLocation location, FakeTimeProvider time) : IAsyncDisposable
{
    public const string Partner = "JOBSREGION";
    public const string Other = "EMPLOIDIRECT";

    private static readonly Lazy<ReferenceData> Data = new(ReferenceData.LoadDefault);

    public StoreLocation Location => location;
    public FakeTimeProvider Time => time;
    public IOffreStore Offers { get; } = OffreStoreFactory.Open(location, time);
    public IIngestionStore Ingestion { get; } = IngestionStoreFactory.Open(location, time);

    public static async Task<PipelineBase> CreateAsync(TestStores stores, StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        var time = new FakeTimeProvider(new DateTimeOffset(FeedSamples.Now.AddDays(1)));
        var db = new PipelineBase(location, time);
        foreach (var code in new[] { Partner, Other })
        {
            await db.Ingestion.UpsertSourceAsync(new SourceSettings(
                new Source(code, code + " (site)", $"https://{code.ToLowerInvariant()}.example", null), SourceSettings.Partner, true, null, null, null, null));
        }
        return db;
    }

    public async Task<(ImportResult Result, List<string> Report)> ImportAsync(
        FeedFormat format, byte[] feed, string source = Partner, bool full = false, IngestionOptions? options = null,
        Action<IngestionEngine>? opened = null, IProgress<ImportCounters>? progress = null)
    {
        using var output = new MemoryStream();
        ImportResult result;
        await using (var report = new ImportReportWriter(output))
        {
            await using var session = await IngestionSession.OpenAsync(Ingestion, Data.Value, time, options);
            opened?.Invoke(session.Engine);
            await using var input = new NonSeekableStream(new MemoryStream(feed));
            result = await FeedImporter.ImportAsync(session.Engine, new ImportRequest(source, input, format, full, "test", report), progress);
        }
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        return (result, lines);
    }

    public async Task<IngestionSession> SessionAsync() => await IngestionSession.OpenAsync(Ingestion, Data.Value, time);

    /// <summary>The published offers as (id, json), sorted: what two imports are compared on.</summary>
    public async Task<List<(string Id, string Json)>> PublishedAsync()
    {
        var offers = new List<(string, string)>();
        await foreach (var entry in Offers.StreamOffersAsync())
            offers.Add((entry.Id, OffreJson.Serialize(entry.Offre)));
        offers.Sort();
        return offers;
    }

    /// <summary>Every live ingested row points at a stored offer, and every stored offer has a live row.</summary>
    public async Task AssertConsistentAsync()
    {
        var published = (await PublishedAsync()).Select(o => o.Id).ToHashSet();
        var pointed = new HashSet<string>();
        await foreach (var row in Ingestion.StreamRowsAsync())
        {
            if (IngestionStatus.IsLive(row.Status))
            {
                Assert.Contains(row.PublishedId!, published);
                pointed.Add(row.PublishedId!);
            }
        }
        Assert.Equal(published.Order(), pointed.Order());
    }

    public async ValueTask DisposeAsync()
    {
        await Ingestion.DisposeAsync();
        await Offers.DisposeAsync();
    }
}
