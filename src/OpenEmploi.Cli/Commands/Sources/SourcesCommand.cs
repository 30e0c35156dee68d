using System.CommandLine;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Sources;

/// <summary>`openemploi sources …`: the partners (and the platform) offers come from.</summary>
internal static class SourcesCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time) =>
        new("sources", "Gère les sources des offres : partenaires, flux, consentement à la multidiffusion.")
        {
            SourcesAddCommand.Create(store, console, time),
            SourcesListCommand.Create(store, console, time),
            SourcesShowCommand.Create(store, console, time),
        };

    /// <summary>Runs <paramref name="body"/> on the base's ingestion store, once the base is ready.</summary>
    public static async Task<int> WithStoreAsync(StoreLocation location, TimeProvider time, Func<IIngestionStore, Task<int>> body, CancellationToken ct)
    {
        await using (await CommandRunner.OpenStoreAsync(location, time, ct))
        {
        }
        await using var ingestion = IngestionStoreFactory.Open(location, time);
        return await body(ingestion);
    }
}
