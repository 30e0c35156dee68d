using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds.Xml;

/// <summary>
/// The common job-board XML: any root, and job elements (&lt;job&gt;, &lt;offer&gt;,
/// &lt;item&gt;…) at any depth, read one at a time by a forward-only <see cref="XmlReader"/>.
/// DTDs are refused (entity expansion attacks); a feed that is not well-formed cannot be read
/// past its first error, which ends the run's reading with the line and position.
/// </summary>
internal sealed class XmlFeedReader : IFeedReader
{
    private static readonly HashSet<string> JobElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "job", "offer", "item", "vacancy", "offre", "annonce", "posting", "jobposting", "ad",
    };

    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public FeedFormat Format => FeedFormat.Xml;

    public async IAsyncEnumerable<FeedItem> ReadAsync(Stream feed, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var reader = XmlReader.Create(feed, Settings);
        var info = (IXmlLineInfo)reader;
        var job = new XmlJobFields();
        var problems = new RecordProblems();
        long number = 0;
        var rootSeen = false;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            FeedItem? item = null;
            var stop = false;
            var inJob = false;
            try
            {
                if (!await reader.ReadAsync().ConfigureAwait(false))
                    break;
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                rootSeen = true;
                if (!JobElements.Contains(reader.LocalName))
                    continue;
                inJob = true;
                number++;
                var line = info.LineNumber;
                await job.ReadAsync(reader).ConfigureAwait(false);
                item = XmlJobMapping.Map(job, number, line, problems);
            }
            catch (XmlException error)
            {
                item = Malformed(error, rootSeen ? (inJob ? number : number + 1) : 0);
                stop = true;
            }
            yield return item;
            if (stop)
                yield break;
        }
    }

    // XmlException's text is English and says exactly what is wrong: keep it as the detail.
    private static FeedError Malformed(XmlException error, long number)
    {
        var what = number == 0 ? "le flux n'est pas du XML lisible (vide, autre format, ou DTD refusée par sécurité)" : "XML mal formé, lecture arrêtée";
        var line = Math.Max(1, error.LineNumber);
        return new(number, line, string.Create(CultureInfo.InvariantCulture,
            $"ligne {line}, position {Math.Max(1, error.LinePosition)} : {what} (détail : {error.Message})"));
    }
}
