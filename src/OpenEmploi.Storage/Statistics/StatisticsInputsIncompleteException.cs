namespace OpenEmploi.Storage.Statistics;

/// <summary>
/// The statistical inputs are being replaced, or their last replacement did not finish (stopped,
/// crashed, a bad row): some tables are empty or half written, so whatever reads them would count a
/// part of the register as the whole. Readers refuse until a load finishes
/// (<see cref="IStatisticsInputStore.ReplaceAllAsync"/> again, or <see cref="IStatisticsInputStore.ClearAsync"/>).
/// </summary>
public sealed class StatisticsInputsIncompleteException(string startedAt)
    : Exception($"Les données d'entrée des statistiques sont incomplètes : leur chargement commencé le {startedAt} "
        + "est en cours ou ne s'est pas terminé. Relancez openemploi stats generate (il reprend tout depuis le début) "
        + "ou attendez la fin du chargement en cours ; rien n'a été calculé.")
{
    /// <summary>When the unfinished load started (UTC, as stored).</summary>
    public string StartedAt { get; } = startedAt;
}
