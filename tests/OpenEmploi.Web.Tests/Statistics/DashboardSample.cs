using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Web.Features.Statistics;
using static OpenEmploi.Web.Tests.Statistics.StatisticsCells;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>
/// A small hand-made publication for the Rhône's dashboard (also linked into the browser tests):
/// three quarters for the evolutions, the job seekers' profile with a masked cell, offers by
/// occupation, hires by sector, tension by occupation, sector growth over five years, recruitment
/// projects (and the Métropole de Lyon's estimated ones), every département and the zones d'emploi
/// of Auvergne-Rhône-Alpes for the maps (two départements masked).
/// </summary>
internal static class DashboardSample
{
    public const string Quarter = "2030T3";
    public const string Year = "2029";
    public static readonly DateTimeOffset ComputedAt = new(2030, 10, 20, 3, 0, 0, TimeSpan.Zero);

    public static async Task PublishAsync(IServiceProvider services)
    {
        var territories = services.GetRequiredService<TerritoryDirectory>();
        foreach (var (quarter, factor) in new[] { ("2029T3", 0.9), ("2030T2", 1.1), (Quarter, 1.0) })
            await StatisticsCells.PublishAsync(services, PeriodKind.Quarter, quarter, ComputedAt, [.. QuarterCells(territories, quarter, factor)]);
        await StatisticsCells.PublishAsync(services, PeriodKind.Year, Year, ComputedAt,
            Cell("PERSP_2", TerritoryLevel.Departement, "69", "TYPE_TENSION", "TENSION", Year, 5, activityType: "ROME", activityCode: "J1501", kind: PeriodKind.Year),
            Cell("PERSP_2", TerritoryLevel.Departement, "69", "TYPE_TENSION", "TENSION", Year, 2, activityType: "ROME", activityCode: "K2204", kind: PeriodKind.Year),
            Cell("PERSP_2", TerritoryLevel.Departement, "69", "TYPE_TENSION", "TENSION", Year, null, mask: MaskReason.BelowPublicationFloor, activityType: "ROME", activityCode: "A1101", kind: PeriodKind.Year),
            // Sector dynamism: J (+18.4 %) and Q (+12.5 %) grow faster than France, I grows slower (flag 0), F is masked.
            Cell("SECT_EVOL5", TerritoryLevel.Departement, "69", "CUMUL", "CUMUL", Year, 1, 18.4, activityType: "NAF", activityCode: "J", kind: PeriodKind.Year),
            Cell("SECT_EVOL5", TerritoryLevel.Departement, "69", "CUMUL", "CUMUL", Year, 1, 12.5, activityType: "NAF", activityCode: "Q", kind: PeriodKind.Year),
            Cell("SECT_EVOL5", TerritoryLevel.Departement, "69", "CUMUL", "CUMUL", Year, 0, 2.1, activityType: "NAF", activityCode: "I", kind: PeriodKind.Year),
            Cell("SECT_EVOL5", TerritoryLevel.Departement, "69", "CUMUL", "CUMUL", Year, null, mask: MaskReason.Secondary, activityType: "NAF", activityCode: "F", kind: PeriodKind.Year),
            // Recruitment projects: 48,500 in the Rhône (52.3 % difficult, 18.2 % seasonal); the
            // Métropole de Lyon's estimated from its zones, with its seasonal share masked.
            Cell("BMO_1", TerritoryLevel.Departement, "69", "PROJETS", "TOUS", Year, 48_500, kind: PeriodKind.Year),
            Cell("BMO_1", TerritoryLevel.Departement, "69", "PROJETS", "TOUS", Year, 25_366, 52.3, characteristicType: "DIFFICULTE", characteristicCode: "DIFFICILE", kind: PeriodKind.Year),
            Cell("BMO_1", TerritoryLevel.Departement, "69", "PROJETS", "TOUS", Year, 8_827, 18.2, characteristicType: "SAISONNALITE", characteristicCode: "SAISONNIER", kind: PeriodKind.Year),
            Cell("BMO_1", TerritoryLevel.Epci, "200046977", "PROJETS", "TOUS", Year, 36_120, kind: PeriodKind.Year),
            Cell("BMO_1", TerritoryLevel.Epci, "200046977", "PROJETS", "TOUS", Year, 19_000, 52.6, characteristicType: "DIFFICULTE", characteristicCode: "DIFFICILE", kind: PeriodKind.Year),
            Cell("BMO_1", TerritoryLevel.Epci, "200046977", "PROJETS", "TOUS", Year, null, mask: MaskReason.Secondary, characteristicType: "SAISONNALITE", characteristicCode: "SAISONNIER", kind: PeriodKind.Year));
    }

    private static IEnumerable<PublishedCell> QuarterCells(TerritoryDirectory territories, string q, double factor)
    {
        PublishedCell Rhone(string indicator, string nomenclature, string code, double? value, string type = "", string caract = "", double? share = null,
            string activityType = "CUMUL", string activityCode = "CUMUL", MaskReason? mask = null) =>
            Cell(indicator, TerritoryLevel.Departement, "69", nomenclature, code, q, value is null ? null : Math.Round(value.Value * factor), share,
                mask, type, caract, activityType, activityCode);

        yield return Rhone("DE_1", "CATCAND", "ABC", 152_000);
        yield return Rhone("DE_1", "CATCAND", "A", 88_000);
        foreach (var (type, code, value) in new[]
        {
            ("SEXE", "F", 79_000.0), ("SEXE", "H", 73_000), ("AGE", "MOINS25", 20_000), ("AGE", "25A49", 92_000), ("AGE", "50ETPLUS", 40_000),
            ("NIVFORM", "NV1", 21_000), ("NIVFORM", "NV4", 40_000), ("NIVFORM", "NV5", 51_000), ("QUALIF", "9", 14_000), ("QUALIF", "6", 60_000),
            ("ANCIENNETE", "MOINS1AN", 70_000), ("ANCIENNETE", "1A2ANS", 40_000), ("ANCIENNETE", "2ANSETPLUS", 42_000),
            ("SITFAM", "SEUL_SANS_ENFANT", 60_000), ("SITFAM", "COUPLE_AVEC_ENFANTS", 50_000),
        })
            yield return Rhone("DE_1", "CATCAND", "ABC", value, type, code, share: Math.Round(value / 1520, 1));
        yield return Rhone("DE_1", "CATCAND", "ABC", null, "SITFAM", "SEUL_AVEC_ENFANTS", mask: MaskReason.Secondary);
        yield return Rhone("DE_5", "CATCAND", "ABC", 21_000);
        yield return Rhone("DE_SORT", "CATCAND", "ABC", 19_000);
        yield return Rhone("DE_5_12M", "CATCAND", "ABC", 84_000);
        yield return Rhone("DE_SORT_12M", "CATCAND", "ABC", null, mask: MaskReason.Secondary);
        yield return Rhone("OFF_1", "ORIGINEOFF", "TOUTES", 30_500);
        yield return Rhone("OFF_1_12M", "ORIGINEOFF", "TOUTES", 118_000);
        foreach (var (rome, value) in new[] { ("J1501", 1_900.0), ("K2204", 1_600), ("N1103", 1_200), ("G1603", 900), ("M1607", 700) })
            yield return Rhone("OFF_1", "ORIGINEOFF", "TOUTES", value, activityType: "ROME", activityCode: rome);
        yield return Rhone("EMB_1", "TYPECONTRAT", "TOUS", 64_000);
        foreach (var (naf, value) in new[] { ("86.10Z", 5_000.0), ("56.10A", 4_200), ("62.01Z", 2_100), ("49.41A", 1_800) })
            yield return Rhone("EMB_1", "TYPECONTRAT", "TOUS", q == "2029T3" && naf == "62.01Z" ? 1_200 : value, activityType: "NAF", activityCode: naf);

        var index = 0;
        foreach (var departement in territories.OfLevel(TerritoryLevel.Departement).Where(d => d.Code != "69"))
        {
            var masked = departement.Code is "48" or "23";
            yield return Cell("DE_1", TerritoryLevel.Departement, departement.Code, "CATCAND", "ABC", q,
                5_000 + index++ * 1_300, mask: masked ? MaskReason.Secondary : null);
        }
        index = 0;
        foreach (var zone in territories.OfLevel(TerritoryLevel.ZoneEmploi).Where(z => z.Code.StartsWith("84", StringComparison.Ordinal)))
            yield return Cell("DE_1", TerritoryLevel.ZoneEmploi, zone.Code, "CATCAND", "ABC", q, 2_000 + index++ * 900);
    }
}
