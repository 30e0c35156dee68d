using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tension;

/// <summary>
/// The DARES tension indicator (PERSP_2, annual) by occupation, for France, each région,
/// département and zone d'emploi (where the recruitment-projects survey counts). Main indicator = 0.3 × z(offers
/// ÷ category-A registrations) + 0.2 × z(ABC outflow rate) + 0.5 × z(share of difficult projects),
/// where z standardises a component against its distribution across occupations in France over the
/// reference period (the computed year); banded in five by that distribution's quintiles.
/// Complementary indicators on the same 1–5 scale: hiring intensity, lack of available labour
/// (reversed), non-durable offers, geographic mismatch (Duncan index across sub-territories:
/// zones d'emploi for France, départements for a région, communes for a département or a zone). Below the floor (30 offers, 30 projects, 30
/// category-A registrations) nothing is published.
/// </summary>
internal static class TensionMethod
{
    public const string Nomenclature = "TYPE_TENSION";
    public const string Main = "TENSION";

    /// <summary>The cell codes in output order, main indicator first.</summary>
    public static readonly string[] Codes =
        [Main, "OFFRES_DEMANDEURS", "ECOULEMENT", "DIFFICULTE", "INTENSITE_EMBAUCHES", "MANQUE_MAIN_OEUVRE", "EMPLOIS_NON_DURABLES", "INADEQUATION_GEO"];

    /// <summary>Computes the cells from the year's rolled-up figures (<paramref name="figures"/> by territory and métier).</summary>
    public static List<PublishedCell> Compute(
        StatisticsContext context, StatPeriod year, IReadOnlyDictionary<(int Territory, int Metier), TensionFigures> figures)
    {
        var national = figures.Where(f => f.Key.Territory == TerritoryIndex.Nation && f.Value.MeetsFloor).Select(f => f.Value).ToList();
        var offers = new ReferenceDistribution(national.Select(f => f.OffersPerSeeker));
        var outflow = new ReferenceDistribution(national.Select(f => f.OutflowRate));
        var difficult = new ReferenceDistribution(national.Select(f => f.DifficultShare));
        var main = new ReferenceDistribution(national.Select(f => Score(f, offers, outflow, difficult)));
        var withEmployment = national.Where(f => f.Employment >= PrimaryRules.MinDenominator).ToList();
        var intensity = new ReferenceDistribution(withEmployment.Select(f => f.HiringIntensity));
        var labour = new ReferenceDistribution(withEmployment.Select(f => f.AvailableLabour));
        var nonDurable = new ReferenceDistribution(national.Select(f => f.NonDurableShare));
        var duncan = new ReferenceDistribution(national.Select(f => f.Duncan));

        var cells = new List<PublishedCell>();
        foreach (var ((territory, metier), f) in figures.OrderBy(f => f.Key.Territory).ThenBy(f => context.Activities[f.Key.Metier].Code, StringComparer.Ordinal))
        {
            var node = context.Territories[territory];
            var activity = context.Activities[metier];
            if (!node.Publishable || !activity.Publishable)
                continue;
            int?[] levels = f.MeetsFloor
                ? [
                    main.Band(Score(f, offers, outflow, difficult)),
                    offers.Band(f.OffersPerSeeker),
                    outflow.Band(f.OutflowRate),
                    difficult.Band(f.DifficultShare),
                    f.Employment >= PrimaryRules.MinDenominator ? intensity.Band(f.HiringIntensity) : null,
                    // Reversed: many available job seekers per job is little lack of labour.
                    f.Employment >= PrimaryRules.MinDenominator ? 6 - labour.Band(f.AvailableLabour) : null,
                    nonDurable.Band(f.NonDurableShare),
                    f.StockA >= PrimaryRules.MinDenominator ? duncan.Band(f.Duncan) : null,
                ]
                : new int?[Codes.Length];
            for (var c = 0; c < Codes.Length; c++)
            {
                MaskReason? mask = !f.MeetsFloor ? MaskReason.BelowPublicationFloor : levels[c] is null ? MaskReason.SmallDenominator : null;
                cells.Add(new PublishedCell(Indicators.Tension, node.Level, node.Code, activity.Type, activity.Code,
                    Nomenclature, Codes[c], "", "", year.Kind, year.Code, mask is null ? levels[c] : null, null, mask));
            }
        }
        return cells;
    }

    public static double Score(TensionFigures f, ReferenceDistribution offers, ReferenceDistribution outflow, ReferenceDistribution difficult) =>
        (0.3 * offers.Standardise(f.OffersPerSeeker)) + (0.2 * outflow.Standardise(f.OutflowRate)) + (0.5 * difficult.Standardise(f.DifficultShare));
}
