using OpenEmploi.Core.Csv;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.DemoData;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

/// <summary>
/// Runs a command body and turns the failures a user can fix into one clear red line and exit
/// code 1, instead of a stack trace.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(IAnsiConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception error) when (IsUserError(error))
        {
            console.MarkupLineInterpolated($"[red]Erreur :[/] {error.Message}");
            return 1;
        }
    }

    private static bool IsUserError(Exception error) => error
        is ReferenceDataException
        or CsvFormatException
        or StoreNotMigratedException
        or SeedRefusedException
        or UserErrorException
        or OpenEmploi.Statistics.StatisticsInputsMissingException
        or OpenEmploi.Storage.Statistics.StatisticsInputsIncompleteException
        or DuplicateApplicationException
        or OpenEmploi.Storage.Developers.DuplicateAccountException
        or OpenEmploi.Web.Features.Accounts.AccountInputException
        or FormatException
        or System.Data.Common.DbException;

    public static async Task<IOffreStore> OpenStoreAsync(StoreLocation location, TimeProvider time, CancellationToken ct)
    {
        var store = OffreStoreFactory.Open(location, time);
        try
        {
            await StoreSchema.EnsureReadyAsync(store, ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
