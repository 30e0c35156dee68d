using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics;

/// <summary>
/// A period the statistical inputs do not reach (no registration, offer nor hire in it): computing
/// it would replace whatever was published for it by empty tables, so the run stops first.
/// </summary>
public sealed class StatisticsInputsMissingException(StatPeriod period)
    : Exception($"Aucune donnée statistique pour {period} : ni inscription de demandeur d'emploi, ni offre, ni embauche "
        + $"entre le {period.Start:yyyy-MM-dd} et le {period.End:yyyy-MM-dd}. Générez les entrées (openemploi stats generate) "
        + "ou importez-les (openemploi stats import) pour cette période ; rien n'a été modifié.")
{
    public StatPeriod Period { get; } = period;
}
