using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Synthetic;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;

namespace OpenEmploi.Cli.Commands.Entreprises;

/// <summary>
/// Where the finder's commands read establishments and hires: by default the base's statistical
/// inputs (schema 13: `openemploi stats generate` or `stats import etablissements|effectifs|embauches`);
/// with --synthetique N, a base generated in process instead: N establishments across the communes
/// of metropolitan France weighted by population, with seven and a half years of monthly hires up
/// to the month before today (quick trials, tests).
/// </summary>
internal static class FinderInputs
{
    public static Option<int?> Synthetic() => new("--synthetique")
    {
        Description = "Génère en mémoire une base synthétique de N établissements et leurs embauches, au lieu de lire les établissements et embauches de la base (stats generate / stats import).",
    };

    public static Option<int> Seed() => new("--graine")
    {
        Description = "Graine de la base synthétique (défaut 1).",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>The inputs to read, and what to dispose of once done (the base's input store; nothing for a synthetic base).</summary>
    public static (IStatisticsInputs Inputs, IAsyncDisposable? Owned) Open(int? synthetic, int seed, DateOnly currentMonth, StoreLocation store)
    {
        if (synthetic is null)
        {
            var inputs = StatisticsInputStoreFactory.Open(store);
            return (inputs, inputs);
        }
        return (Synthetic(synthetic.Value, seed, currentMonth), null);
    }

    private static SyntheticHiringInputs Synthetic(int count, int seed, DateOnly currentMonth)
    {
        if (count < 1)
            throw new UserErrorException($"--synthetique {count} : il faut au moins un établissement.");
        var communes = ReferenceData.LoadDefault().Geographie.Communes
            .Where(c => c.Zone == Zone.Metro && !c.IsArrondissement && c.Latitude is not null && c.Longitude is not null)
            .Select(c => new SyntheticPlace(c.CodeInsee, c.Latitude!.Value, c.Longitude!.Value, Math.Max(1, c.Population), c.CodeZoneEmploi ?? c.CodeDepartement))
            .ToList();
        return new SyntheticHiringInputs(count, communes, currentMonth.AddMonths(-90), currentMonth.AddMonths(-1), seed);
    }

    /// <summary>
    /// Refuses hires that do not reach back as far as the models read (eleven half-years before the
    /// cutoff): with months missing, every model would learn a collapse of hiring that never was.
    /// </summary>
    public static void RequireHistory(HiringData data)
    {
        var empty = data.WindowsWithoutHires();
        if (empty.Count == 0)
            return;
        var windows = data.Windows;
        var from = windows.Start(empty[0]);
        var to = windows.Start(empty[^1]).AddMonths(5);
        throw new UserErrorException(
            $"Historique d'embauches trop court : les modèles lisent {data.TargetWindow} semestres avant le {data.SeenUntil:yyyy-MM-dd}, "
            + $"soit les embauches depuis {windows.FirstMonth:yyyy-MM}, mais la base n'en a aucune de {from:yyyy-MM} à {to:yyyy-MM} "
            + $"({empty.Count} semestre{(empty.Count > 1 ? "s" : "")} vide{(empty.Count > 1 ? "s" : "")}). "
            + $"Générez-les (openemploi stats generate couvre sept ans d'embauches, ou --years {windows.FirstMonth.Year}-AAAA), importez les embauches depuis {windows.FirstMonth:yyyy-MM} "
            + "(openemploi stats import embauches FICHIER) ou choisissez un --as-of plus récent.");
    }

    public static DateOnly CurrentMonth(TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new DateOnly(today.Year, today.Month, 1);
    }

    public static DateOnly ParseMonth(string text, string option)
    {
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month))
            throw new UserErrorException($"{option} « {text} » : un mois s'écrit AAAA-MM, par exemple 2026-07.");
        return month;
    }
}
