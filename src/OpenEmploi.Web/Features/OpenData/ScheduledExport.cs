using OpenEmploi.Core.Referentiels;
using OpenEmploi.OpenData;
using OpenEmploi.OpenData.RareCells;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.OpenData;

/// <summary>
/// Takes the open dataset's exports on this node at the scheduled times (and at start-up when the
/// folder holds none), then deletes those past the retention. A failed export is logged and the
/// previous "latest" keeps being served; the next one is tried at the next scheduled time.
/// </summary>
internal sealed partial class ScheduledExport(
    IOffreStore store, ExportDirectory directory, OpenDataOptions options, ReferenceData referenceData, TimeProvider time, ILogger<ScheduledExport> logger)
    : BackgroundService
{
    // A draft this old belongs to no export in progress (a crash, a killed process).
    private static readonly TimeSpan DraftAge = TimeSpan.FromHours(12);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
            return;
        try
        {
            if (options.ExportAtStartupWhenNone && directory.Latest() is null)
                await ExportOnceAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var next = ExportSchedule.Next(now, options.TimeOfDay, options.Interval);
                await Task.Delay(next - now, time, stoppingToken);
                await ExportOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ExportOnceAsync(CancellationToken ct)
    {
        try
        {
            var exporter = new OpenDataExporter(store, directory, time)
            {
                RareCells = new RareCellRule(options.MinimumCellOffers),
                Places = PlaceLabels.From(referenceData.Geographie),
            };
            var export = await exporter.ExportAsync(ct);
            LogExported(export.Manifest.Id, export.Manifest.Offres, export.Manifest.Sequence);
            foreach (var id in directory.Prune(time.GetUtcNow(), TimeSpan.FromDays(options.RetentionDays), DraftAge))
                LogDeleted(id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Jeu de données ouvert : export {Id} publié ({Offres} offres, séquence {Sequence}).")]
    private partial void LogExported(string id, long offres, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Jeu de données ouvert : export {Id} supprimé (durée de conservation passée).")]
    private partial void LogDeleted(string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Jeu de données ouvert : l'export a échoué ; le précédent reste publié.")]
    private partial void LogFailed(Exception exception);
}
