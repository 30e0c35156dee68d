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
/// The reader reads synchronously from a <see cref="ReadAheadStream"/> that this async loop fills
/// between records: the same parser and positions as its async reading, at a fraction of the CPU.
/// </summary>
internal sealed class XmlFeedReader : IFeedReader
{
    private static readonly HashSet<string> JobElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "job", "offer", "item", "vacancy", "offre", "annonce", "posting", "jobposting", "ad",
    };

    private static readonly XmlReaderSettings Settings = new()
    {
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
        var ahead = new ReadAheadStream(feed);
        await ahead.FillAsync(ct).ConfigureAwait(false);
        using var reader = XmlReader.Create(ahead, Settings);
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
                await ahead.FillAsync(ct).ConfigureAwait(false);
                if (!reader.Read())
                    break;
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                rootSeen = true;
                if (!JobElements.Contains(reader.LocalName))
                    continue;
                inJob = true;
                number++;
                var line = info.LineNumber;
                job.Read(reader);
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
