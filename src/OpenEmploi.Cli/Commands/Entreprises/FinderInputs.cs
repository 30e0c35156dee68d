using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.CompanyFinder.Synthetic;

namespace OpenEmploi.Cli.Commands.Entreprises;

/// <summary>
/// Where the finder's commands read establishments and hires. Until the statistics input store
/// (schema 13) is merged, from the synthetic base generated in process: --synthetique N
/// establishments across the communes of metropolitan France weighted by population, with seven
/// and a half years of monthly hires up to the month before today.
/// </summary>
internal static class FinderInputs
{
    public static Option<int?> Synthetic() => new("--synthetique")
    {
        Description = "Génère en mémoire une base synthétique de N établissements et leurs embauches (obligatoire tant que la base statistique n'est pas importée).",
    };

    public static Option<int> Seed() => new("--graine")
    {
        Description = "Graine de la base synthétique (défaut 1).",
        DefaultValueFactory = _ => 1,
    };

    public static IStatisticsInputs Open(int? synthetic, int seed, DateOnly currentMonth)
    {
        if (synthetic is not { } count)
            throw new UserErrorException("Aucune source d'établissements et d'embauches : indiquez --synthetique N (par exemple --synthetique 20000).");
        if (count < 1)
            throw new UserErrorException($"--synthetique {count} : il faut au moins un établissement.");
        var communes = ReferenceData.LoadDefault().Geographie.Communes
            .Where(c => c.Zone == Zone.Metro && !c.IsArrondissement && c.Latitude is not null && c.Longitude is not null)
            .Select(c => new SyntheticPlace(c.CodeInsee, c.Latitude!.Value, c.Longitude!.Value, Math.Max(1, c.Population), c.CodeZoneEmploi ?? c.CodeDepartement))
            .ToList();
        return new SyntheticHiringInputs(count, communes, currentMonth.AddMonths(-90), currentMonth.AddMonths(-1), seed);
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
