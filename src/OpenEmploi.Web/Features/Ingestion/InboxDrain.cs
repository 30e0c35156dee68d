using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// Runs the inbox through the real pipeline, in arrival order: consecutive postings of one source
/// are one partial import run (so they get runs, counters and the per-record report like any
/// feed), a withdrawal goes through <see cref="Withdrawal"/>, a moderator's decision through
/// <see cref="Lifecycle"/>. Each segment's outcomes are recorded once its writes are committed;
/// a node killed in between processes the segment again, which the pipeline makes harmless
/// (a posting sent again unchanged is "unchanged", a withdrawn record stays withdrawn).
/// </summary>
internal sealed class InboxDrain(IIngestionInbox inbox, IIngestionStore store, IApplicationStore applications, [FromKeyedServices(IngestionFeature.ClockKey)] TimeProvider clock)
{
    public const string Deleted = "deleted";
    public const string Approved = "approved";
    public const string Refused = "rejected";

    /// <summary>Processes up to <paramref name="limit"/> pending items; returns how many.</summary>
    public async Task<int> RunAsync(ResidentEngine resident, int limit, CancellationToken ct)
    {
        var items = await inbox.ListPendingAsync(limit, ct);
        if (items.Count == 0)
            return 0;
        var engine = await resident.GetAsync(ct);
        await EnsureSourcesAsync(engine, items, ct);
        var i = 0;
        while (i < items.Count)
        {
            var first = items[i];
            IReadOnlyList<InboxOutcome> outcomes;
            if (first.Operation == InboxOperation.Post)
            {
                var end = i;
                while (end < items.Count && items[end].Operation == InboxOperation.Post && items[end].SourceCode == first.SourceCode)
                    end++;
                outcomes = await ImportAsync(engine, items.Skip(i).Take(end - i).ToList(), ct);
                i = end;
            }
            else
            {
                outcomes = [await ExecuteAsync(engine, first, ct)];
                i++;
            }
            await inbox.CompleteAsync(outcomes, clock.GetUtcNow(), ct);
        }
        return items.Count;
    }

    /// <summary>Each posting application has its own source, created with its first posting (kind platform: an employer's own offers).</summary>
    private async Task EnsureSourcesAsync(IngestionEngine engine, IReadOnlyList<InboxItem> items, CancellationToken ct)
    {
        foreach (var item in items)
        {
            if (item.Operation is not (InboxOperation.Post or InboxOperation.Delete) || engine.Sources.ContainsKey(item.SourceCode))
                continue;
            var application = await applications.GetAsync(item.ClientId, ct);
            var source = new SourceSettings(
                new Source(item.SourceCode, application?.Name ?? item.SourceCode, null, null), SourceSettings.Platform, false, null, null, null, null);
            await store.UpsertSourceAsync(source, ct);
            engine.AddSource(await store.GetSourceAsync(item.SourceCode, ct) ?? source);
        }
    }

    private static async Task<IReadOnlyList<InboxOutcome>> ImportAsync(IngestionEngine engine, List<InboxItem> posts, CancellationToken ct)
    {
        // The records as one JSON array, read back by the json feed reader (they were checked by it
        // when posted); the report's record number n is posts[n - 1].
        using var feed = new MemoryStream();
        feed.WriteByte((byte)'[');
        for (var i = 0; i < posts.Count; i++)
        {
            if (i > 0)
                feed.Write(",\n"u8);
            feed.Write(Encoding.UTF8.GetBytes(posts[i].Document ?? "null"));
        }
        feed.WriteByte((byte)']');
        feed.Position = 0;
        using var report = new MemoryStream();
        ImportResult result;
        await using (var writer = new ImportReportWriter(report))
        {
            var request = new ImportRequest(posts[0].SourceCode, feed, FeedFormat.Json, FullFeed: false, "api:" + posts[0].BatchId, writer);
            result = await FeedImporter.ImportAsync(engine, request, ct: ct);
        }
        var outcomes = new InboxOutcome?[posts.Count];
        foreach (var line in Encoding.UTF8.GetString(report.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var record = root.GetProperty("record").GetInt64();
            if (record < 1 || record > posts.Count)
                continue;
            outcomes[record - 1] = new InboxOutcome(
                posts[(int)record - 1].Id, root.GetProperty("decision").GetString()!, Strings(root.GetProperty("codes")), Strings(root.GetProperty("reasons")),
                root.GetProperty("offerId").GetString(), result.RunId);
        }
        return [.. outcomes.Select((outcome, i) => outcome
            ?? new InboxOutcome(posts[i].Id, Decisions.Error, [], ["Enregistrement absent du rapport d'import."], null, result.RunId))];
    }

    private static async Task<InboxOutcome> ExecuteAsync(IngestionEngine engine, InboxItem item, CancellationToken ct)
    {
        var reference = item.Reference ?? "";
        try
        {
            switch (item.Operation)
            {
                case InboxOperation.Delete:
                    var withdrawal = await Withdrawal.WithdrawAsync(engine, item.SourceCode, reference, ct);
                    return withdrawal.Found
                        ? new InboxOutcome(item.Id, Deleted, [], ["Offre retirée par son émetteur."], withdrawal.OfferId, null)
                        : new InboxOutcome(item.Id, Decisions.Error, [], [$"Aucune offre de référence « {reference} » pour cette application."], null, null);
                case InboxOperation.Approve:
                    var published = await Lifecycle.ApproveAsync(engine, item.SourceCode, reference, ct);
                    return new InboxOutcome(item.Id, Approved, [], ["Approuvée par la modération."], published, null);
                case InboxOperation.Reject:
                    var reason = item.Document ?? "";
                    await Lifecycle.RejectAsync(engine, item.SourceCode, reference, reason, ct);
                    return new InboxOutcome(item.Id, Refused, ["MODERATION"], ["Refusée par la modération : " + reason], null, null);
                default:
                    return new InboxOutcome(item.Id, Decisions.Error, [], [$"Opération inconnue « {item.Operation} »."], null, null);
            }
        }
        catch (IngestionException error)
        {
            return new InboxOutcome(item.Id, Decisions.Error, [], [error.Message], null, null);
        }
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];
}
