using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenEmploi.Ingestion.Feeds.Json;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds.JsonLd;

/// <summary>
/// schema.org JobPosting as job boards embed it for search engines: a JSON array of postings,
/// JSON lines, or objects with a « @graph » (whose other nodes — the organisation, the place —
/// postings may point at by « @id »). JSON only: HTML pages are not scraped. Each posting is one
/// record; a graph is read whole, so a feed that puts all its postings in one graph is held in
/// memory (up to the record size limit).
/// </summary>
internal sealed class JsonLdFeedReader : IFeedReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    public FeedFormat Format => FeedFormat.JsonLd;

    public async IAsyncEnumerable<FeedItem> ReadAsync(Stream feed, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var records = new JsonRecordStream(feed);
        var mapping = new JobPostingMapping(new RecordProblems());
        var items = new List<FeedItem>();
        long number = 0;
        while (true)
        {
            var step = await records.NextAsync(ct).ConfigureAwait(false);
            switch (step.Kind)
            {
                case JsonStepKind.Record:
                    number = Expand(step, mapping, items, number);
                    foreach (var item in items)
                        yield return item;
                    items.Clear();
                    break;
                case JsonStepKind.RecordError:
                    yield return new FeedError(++number, step.Line, step.Message!);
                    break;
                case JsonStepKind.FeedError:
                    yield return new FeedError(0, step.Line, step.Message!);
                    yield break;
                default:
                    yield break;
            }
        }
    }

    /// <summary>Maps the postings of one record into <paramref name="items"/>; returns the last record number used.</summary>
    private static long Expand(JsonStep step, JobPostingMapping mapping, List<FeedItem> items, long number)
    {
        using var document = JsonDocument.Parse(step.Record, DocumentOptions);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var node in root.EnumerateArray())
                number = Node(node, step, mapping, items, number);
            return number;
        }
        return Node(root, step, mapping, items, number);
    }

    private static long Node(JsonElement node, JsonStep step, JobPostingMapping mapping, List<FeedItem> items, long number)
    {
        if (JsonLdNode.Get(node, "@graph") is { ValueKind: JsonValueKind.Array } graph)
        {
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var member in graph.EnumerateArray())
            {
                if (JsonLdNode.Get(member, "@id") is { ValueKind: JsonValueKind.String } id)
                    byId.TryAdd(id.GetString()!, member);
            }
            mapping.Begin(step.Record, step.Line, byId);
            var before = number;
            foreach (var member in graph.EnumerateArray())
            {
                if (member.ValueKind == JsonValueKind.Object && JsonLdNode.IsType(member, "JobPosting"))
                    items.Add(mapping.Map(member, ++number));
            }
            if (number == before)
                items.Add(new FeedError(++number, step.Line, $"ligne {step.Line} : « @graph » sans aucune offre JobPosting"));
            return number;
        }
        // A posting without « @type » is still taken when it has a title: some boards drop it with the context.
        if (node.ValueKind == JsonValueKind.Object
            && (JsonLdNode.IsType(node, "JobPosting") || (JsonLdNode.Get(node, "@type") is null && JsonLdNode.Get(node, "title") is not null)))
        {
            mapping.Begin(step.Record, step.Line, null);
            items.Add(mapping.Map(node, ++number));
            return number;
        }
        var type = JsonLdNode.Text(node, "@type");
        var what = node.ValueKind != JsonValueKind.Object ? "n'est pas un objet JSON"
            : type is null ? "n'a pas de « @type »"
            : $"est de type {RecordProblems.Quote(type)}";
        items.Add(new FeedError(++number, step.Line, $"ligne {step.Line} : l'enregistrement {what}, une offre schema.org « JobPosting » est attendue"));
        return number;
    }
}
