using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

/// <summary>`openemploi import FILE|URL --source CODE`: one import run, its report and its summary.</summary>
internal static class ImportCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var location = new Argument<string>("FLUX") { Description = "Fichier ou URL (http, https) du flux." };
        var source = new Option<string>("--source") { Description = "Code de la source (voir « openemploi sources list »).", Required = true };
        var format = new Option<string?>("--format") { Description = "json, jsonld, xml ou csv ; deviné d'après le nom et le début du flux quand absent." };
        var report = new Option<string?>("--report") { Description = "Écrit le rapport : une ligne JSON par enregistrement." };
        var full = new Option<bool>("--full") { Description = "Flux complet : les offres de la source absentes du flux sont retirées (défaut pour un partenaire)." };
        var partial = new Option<bool>("--partial") { Description = "Flux partiel : rien n'est retiré (défaut pour la plateforme)." };
        var command = new Command("import", "Importe un flux d'offres : normalisation, contrôles, dédoublonnage, publication.")
        {
            location, source, format, report, full, partial,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            if (result.GetValue(full) && result.GetValue(partial))
                throw new UserErrorException("--full et --partial s'excluent.");
            FeedFormat? given = null;
            if (result.GetValue(format) is { } name)
                given = FeedFormats.TryParse(name, out var parsed) ? parsed : throw new UserErrorException($"Format inconnu « {name} » : json, jsonld, xml ou csv.");
            var storeLocation = result.GetRequiredValue(store);
            var feedLocation = result.GetRequiredValue(location);
            var code = result.GetRequiredValue(source);
            await using (await CommandRunner.OpenStoreAsync(storeLocation, time, ct))
            {
            }
            await using var ingestion = IngestionStoreFactory.Open(storeLocation, time);
            var settings = await ingestion.GetSourceAsync(code, ct)
                ?? throw new UserErrorException($"Source inconnue « {code} » dans {storeLocation.Display} (voir « openemploi sources add »).");
            // A partner's feed lists all its live offers: what it no longer lists is gone.
            var isFull = result.GetValue(full) || (!result.GetValue(partial) && settings.Kind == SourceSettings.Partner);
            var (feed, feedFormat) = await ImportFeed.OpenAsync(feedLocation, given, ct);
            await using (feed)
            {
                await using var reportFile = result.GetValue(report) is { } path ? File.Create(path) : null;
                await using var writer = reportFile is null ? null : new ImportReportWriter(reportFile);
                console.MarkupLineInterpolated($"Import de {feedLocation} ({FeedFormats.Name(feedFormat)}, flux {(isFull ? "complet" : "partiel")}) pour {code}…");
                try
                {
                    await using var session = await IngestionSession.OpenAsync(ingestion, ReferenceData.LoadDefault(), time, ct: ct);
                    var progress = new Progress(console);
                    var outcome = await FeedImporter.ImportAsync(session.Engine, new ImportRequest(code, feed, feedFormat, isFull, feedLocation, writer), progress, ct);
                    ImportSummary.Write(console, outcome);
                }
                catch (IngestionException error)
                {
                    throw new UserErrorException(error.Message);
                }
            }
            return 0;
        }));
        return command;
    }

    /// <summary>One line every 10,000 records: enough to see a long import move.</summary>
    private sealed class Progress(IAnsiConsole console) : IProgress<ImportCounters>
    {
        private long _next = 10_000;

        public void Report(ImportCounters value)
        {
            if (value.Read < _next)
                return;
            _next = (value.Read / 10_000 * 10_000) + 10_000;
            console.MarkupLineInterpolated($"  {value.Read:N0} enregistrements lus…");
        }
    }
}
