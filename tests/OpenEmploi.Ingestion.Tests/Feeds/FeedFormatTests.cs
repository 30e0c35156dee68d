using System.Text;
using OpenEmploi.Ingestion.Feeds;

namespace OpenEmploi.Ingestion.Tests.Feeds;

public sealed class FeedFormatTests
{
    [Theory]
    [InlineData("offres.json", "[{\"id\":\"1\"}]", FeedFormat.Json)]
    [InlineData("offres.ndjson", "{\"id\":\"1\"}", FeedFormat.Json)]
    [InlineData("OFFRES.JSONL", "", FeedFormat.Json)]
    [InlineData("offres.json", "[{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\"}]", FeedFormat.JsonLd)]
    [InlineData("offres.jsonld", "", FeedFormat.JsonLd)]
    [InlineData("https://board.example/flux.xml?token=abc", "", FeedFormat.Xml)]
    [InlineData("flux.rss", "", FeedFormat.Xml)]
    [InlineData("export.csv", "", FeedFormat.Csv)]
    [InlineData(null, "\uFEFF  <?xml version=\"1.0\"?><jobs/>", FeedFormat.Xml)]
    [InlineData("flux", "\n[{\"id\":\"1\"}]", FeedFormat.Json)]
    [InlineData("flux.txt", "{\"@type\":\"JobPosting\"}", FeedFormat.JsonLd)]
    [InlineData(null, "id;titre\n1;Maçon", FeedFormat.Csv)]
    [InlineData(null, "id,titre\n1,Maçon", FeedFormat.Csv)]
    public void Detect_uses_the_extension_then_the_content(string? fileName, string content, FeedFormat expected) =>
        Assert.Equal(expected, FeedFormats.Detect(fileName, Encoding.UTF8.GetBytes(content)));

    [Theory]
    [InlineData(null, "")]
    [InlineData("flux.bin", "bonjour")]
    public void Detect_says_nothing_when_nothing_tells(string? fileName, string content) =>
        Assert.Null(FeedFormats.Detect(fileName, Encoding.UTF8.GetBytes(content)));

    [Theory]
    [InlineData("json", FeedFormat.Json)]
    [InlineData("JSON-LD", FeedFormat.JsonLd)]
    [InlineData(" xml ", FeedFormat.Xml)]
    [InlineData("csv", FeedFormat.Csv)]
    public void Names_parse_and_format_back(string name, FeedFormat format)
    {
        Assert.True(FeedFormats.TryParse(name, out var parsed));
        Assert.Equal(format, parsed);
        Assert.True(FeedFormats.TryParse(FeedFormats.Name(format), out parsed));
        Assert.Equal(format, parsed);
        Assert.Equal(format, FeedReaders.For(format).Format);
        Assert.Equal(format, FeedWriters.For(format).Format);
    }

    [Fact]
    public void Unknown_names_do_not_parse() => Assert.False(FeedFormats.TryParse("yaml", out _));
}
