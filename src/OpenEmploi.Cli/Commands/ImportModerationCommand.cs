using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

/// <summary>
/// `openemploi moderation list|approve ID|reject ID --reason R`: the queue of held offers (fraud
/// score over the threshold). ID is SOURCE/REFERENCE: a held offer has no published id yet.
/// </summary>
internal static class ImportModerationCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var list = new Command("list", "Liste les offres en attente, les plus anciennes d'abord.");
        list.SetAction((result, ct) => CommandRunner.RunAsync(console, () =>
            Sources.SourcesCommand.WithStoreAsync(result.GetRequiredValue(store), time, async ingestion =>
            {
                var held = await ingestion.ListByStatusAsync(IngestionStatus.Held, 1000, ct);
                console.MarkupLineInterpolated($"{held.Count} offre(s) en attente de modération.");
                foreach (var row in held)
                    console.MarkupLineInterpolated($"{row.SourceCode}/{row.SourceId}  fraude {row.FraudScore}  {string.Join(' ', row.Codes)}  {string.Join(" ; ", row.Reasons)}");
                return 0;
            }, ct)));

        var approveId = new Argument<string>("ID") { Description = "SOURCE/RÉFÉRENCE, comme « moderation list » l'écrit." };
        var approve = new Command("approve", "Publie une offre en attente.") { approveId };
        approve.SetAction((result, ct) => RunAsync(result.GetRequiredValue(store), time, console, result.GetRequiredValue(approveId), async (engine, source, id) =>
        {
            var published = await Lifecycle.ApproveAsync(engine, source, id, ct);
            console.MarkupLineInterpolated($"Offre {source}/{id} publiée : {published}.");
        }, ct));

        var rejectId = new Argument<string>("ID") { Description = "SOURCE/RÉFÉRENCE." };
        var reason = new Option<string>("--reason") { Description = "Motif du refus, gardé avec l'offre.", Required = true };
        var reject = new Command("reject", "Refuse une offre en attente : elle reste enregistrée, refusée, avec le motif.") { rejectId, reason };
        reject.SetAction((result, ct) => RunAsync(result.GetRequiredValue(store), time, console, result.GetRequiredValue(rejectId), async (engine, source, id) =>
        {
            await Lifecycle.RejectAsync(engine, source, id, result.GetRequiredValue(reason), ct);
            console.MarkupLineInterpolated($"Offre {source}/{id} refusée.");
        }, ct));

        return new Command("moderation", "File de modération des offres retenues (score de fraude).") { list, approve, reject };
    }

    private static Task<int> RunAsync(
        StoreLocation location, TimeProvider time, IAnsiConsole console, string key, Func<IngestionEngine, string, string, Task> body, CancellationToken ct) =>
        CommandRunner.RunAsync(console, () => Sources.SourcesCommand.WithStoreAsync(location, time, async ingestion =>
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == key.Length - 1)
                throw new UserErrorException($"Identifiant « {key} » : SOURCE/RÉFÉRENCE attendu (voir « openemploi moderation list »).");
            try
            {
                await using var session = await IngestionSession.OpenAsync(ingestion, ReferenceData.LoadDefault(), time, ct: ct);
                await body(session.Engine, key[..slash], key[(slash + 1)..]);
            }
            catch (IngestionException error)
            {
                throw new UserErrorException(error.Message);
            }
            return 0;
        }, ct));
}
