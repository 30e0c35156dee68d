using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

/// <summary>
/// `apps sync-status`: each application's last successful sync and how far behind the base it is
/// (the same report as GET /admin/conformite/v1/synchronisations), late ones marked.
/// </summary>
internal static class AppsSyncStatusCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var late = new Option<bool>("--late") { Description = "Seulement les applications à plus de 24 h de la base (ou dont le curseur a expiré)." };
        var json = new Option<bool>("--json") { Description = "Écrit la liste en JSON (un tableau)." };
        var command = new Command("sync-status", "Dernière synchronisation de chaque application et son retard sur la base (licence : 24 h au plus).") { late, json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            await using var offres = await CommandRunner.OpenStoreAsync(location, time, ct);
            return await AppsCommand.WithStoreAsync(location, time, async applications =>
            {
                var report = await SyncCompliance.ReadAsync(applications, offres, time.GetUtcNow(), SyncCompliance.LicenceMaxLag, ct);
                var listed = (result.GetValue(late) ? report.Late : report.Applications).ToList();
                if (result.GetValue(json))
                {
                    AppsCommand.WriteRaw(console, JsonSerializer.Serialize(listed.Select(ListedSync.Of), AppsCommand.Json));
                    return 0;
                }
                AppsCommand.WriteRaw(console, string.Create(CultureInfo.InvariantCulture,
                    $"Tête du journal : séquence {report.Head}. {report.Late.Count()} application(s) en retard sur {report.Applications.Count} suivie(s) (seuil {report.Threshold.TotalHours:0} h)."));
                foreach (var entry in listed)
                    AppsCommand.WriteRaw(console, Describe(entry));
                return 0;
            }, ct);
        }));
        return command;
    }

    private static string Describe(ApplicationSyncCompliance entry)
    {
        var application = entry.Application;
        var last = entry.LastSync is { } sync
            ? string.Create(CultureInfo.InvariantCulture,
                $"dernière synchronisation {sync.SyncedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC ({(sync.Kind == SyncCallKind.Snapshot ? "instantané" : "modifications")}, séquence {sync.Position})")
            : "jamais synchronisée";
        var flag = entry.Late ? (entry.CursorExpired ? "EN RETARD (curseur expiré)" : "EN RETARD") : "à jour";
        return string.Create(CultureInfo.InvariantCulture,
            $"{application.ClientId}  « {application.Name} »  {flag}  {last}  retard {entry.SequenceLag} séquences, {Lag(entry.TimeLag)}");
    }

    private static string Lag(TimeSpan lag) => lag.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)lag.TotalHours} h {lag.Minutes:00} min")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)lag.TotalMinutes} min {lag.Seconds:00} s");

    /// <summary>What `apps sync-status --json` writes of an application.</summary>
    private sealed record ListedSync(
        string ClientId, string Name, bool HasSyncScope, DateTimeOffset? LastSyncAt, string? LastSyncKind, long? Position,
        DateTimeOffset? CaughtUpAt, long SequenceLag, long LagSeconds, bool CursorExpired, bool Late)
    {
        public static ListedSync Of(ApplicationSyncCompliance entry) => new(
            entry.Application.ClientId, entry.Application.Name, entry.HasSyncScope, entry.LastSync?.SyncedAt,
            entry.LastSync is null ? null : entry.LastSync.Kind == SyncCallKind.Snapshot ? "snapshot" : "changes",
            entry.LastSync?.Position, entry.LastSync?.CaughtUpAt, entry.SequenceLag, (long)entry.TimeLag.TotalSeconds, entry.CursorExpired, entry.Late);
    }
}
