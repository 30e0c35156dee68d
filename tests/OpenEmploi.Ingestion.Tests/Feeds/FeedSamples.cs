using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Feeds;

/// <summary>Generated offers, shared by the feed tests (the reference data is loaded once), and feed helpers.</summary>
internal static class FeedSamples
{
    public static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<OffreGenerator> LazyGenerator = new(() =>
        new OffreGenerator(ReferenceData.LoadDefault(), new OffreGeneratorOptions { Seed = 7, Now = Now }));

    private static readonly Lazy<IReadOnlyList<OffreGeneree>> LazyOffers = new(() => [.. Generator.GenerateDetailed(0, 2_000)]);

    public static OffreGenerator Generator => LazyGenerator.Value;

    /// <summary>2,000 generated offers with their employers.</summary>
    public static IReadOnlyList<OffreGeneree> Offers => LazyOffers.Value;

    public static IEnumerable<OffreEntry> Entries => Offers.Select(o => o.Entry);

    /// <summary>Writer options giving each offer its generated SIRET and a recruiter contact, as a partner feed would.</summary>
    public static FeedWriterOptions WithExtras(FeedWriterOptions? options = null)
    {
        var sirets = Offers.ToDictionary(o => o.Entry.Id, o => o.Employeur.Siret);
        return new FeedWriterOptions
        {
            JsonLines = options?.JsonLines ?? false,
            CsvSeparator = options?.CsvSeparator ?? ';',
            Utf8Bom = options?.Utf8Bom ?? false,
            Extras = entry => new FeedExtras(sirets[entry.Id], new RawContact { Email = "rh@" + entry.Id.ToLowerInvariant() + ".example", Phone = "01 23 45 67 89" }),
        };
    }

    public static async Task<byte[]> WriteAsync(FeedFormat format, IEnumerable<OffreEntry> offers, FeedWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        await FeedWriters.For(format, options).WriteAsync(offers, output);
        return output.ToArray();
    }

    public static async Task<List<FeedItem>> ReadAsync(FeedFormat format, byte[] feed)
    {
        var items = new List<FeedItem>();
        await using var input = new NonSeekableStream(new MemoryStream(feed));
        await foreach (var item in FeedReaders.For(format).ReadAsync(input))
            items.Add(item);
        return items;
    }

    public static Task<List<FeedItem>> ReadAsync(FeedFormat format, string feed) => ReadAsync(format, Encoding.UTF8.GetBytes(feed));

    public static List<RawOffer> RawOffers(List<FeedItem> items) => [.. items.OfType<RawOfferItem>().Select(i => i.Offer)];

    public static FeedError SingleError(List<FeedItem> items) => Assert.Single(items.OfType<FeedError>());
}

/// <summary>A stream that can only be read forward in small pieces, like a network download.</summary>
internal sealed class NonSeekableStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    // At most 1,000 bytes per read, so that records cross buffer boundaries in every test.
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1_000));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer[..Math.Min(buffer.Length, 1_000)], cancellationToken);

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
