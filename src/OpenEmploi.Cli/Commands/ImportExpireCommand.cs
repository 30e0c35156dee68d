using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

/// <summary>`openemploi expire [--days N]`: removes offers whose end date passed or that no full feed confirmed for N days.</summary>
internal static class ImportExpireCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var days = new Option<int>("--days") { Description = "Jours sans confirmation par un flux complet avant retrait (défaut 30).", DefaultValueFactory = _ => 30 };
        var command = new Command("expire", "Retire les offres expirées (date de fin passée, ou plus confirmées par leur source).") { days };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, () =>
            Sources.SourcesCommand.WithStoreAsync(result.GetRequiredValue(store), time, async ingestion =>
            {
                if (result.GetValue(days) <= 0)
                    throw new UserErrorException("--days doit être strictement positif.");
                var options = new IngestionOptions { NotSeenExpiry = TimeSpan.FromDays(result.GetValue(days)) };
                try
                {
                    await using var session = await IngestionSession.OpenAsync(ingestion, ReferenceData.LoadDefault(), time, options, ct);
                    var expired = await Lifecycle.ExpireAsync(session.Engine, ct);
                    console.MarkupLineInterpolated($"{expired} offre(s) expirée(s) retirée(s).");
                }
                catch (IngestionException error)
                {
                    throw new UserErrorException(error.Message);
                }
                return 0;
            }, ct)));
        return command;
    }
}
