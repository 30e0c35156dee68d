using OpenEmploi.CompanyFinder.Affinity;

namespace OpenEmploi.CompanyFinder.History;

/// <summary>
/// What the models and the backtest read, in memory: every establishment's durable hires per window,
/// the ROME × NAF affinity learnt from the windows before <see cref="SeenUntil"/>, and — for a
/// backtest — the hires per occupation that actually happened in the evaluated window.
/// </summary>
public sealed class HiringData
{
    private readonly Dictionary<string, int> _indexBySiret;

    internal HiringData(
        HalfYears windows, DateOnly seenUntil, IReadOnlyList<EstablishmentHistory> establishments,
        RomeNafAffinity affinity, Dictionary<(int Establishment, string Rome), double>? occupationActuals)
    {
        Windows = windows;
        SeenUntil = seenUntil;
        Establishments = establishments;
        Affinity = affinity;
        OccupationActuals = occupationActuals ?? [];
        _indexBySiret = new Dictionary<string, int>(establishments.Count, StringComparer.Ordinal);
        for (var i = 0; i < establishments.Count; i++)
            _indexBySiret[establishments[i].Siret] = i;
    }

    public HalfYears Windows { get; }

    /// <summary>The first month a model must not see.</summary>
    public DateOnly SeenUntil { get; }

    /// <summary>The window starting at <see cref="SeenUntil"/>: the one to predict.</summary>
    public int TargetWindow => Windows.WindowOf(SeenUntil) is var w and >= 0 ? w : Windows.Count;

    public IReadOnlyList<EstablishmentHistory> Establishments { get; }

    public RomeNafAffinity Affinity { get; }

    /// <summary>Actual durable hires per (establishment index, ROME) in the target window (backtest only).</summary>
    public IReadOnlyDictionary<(int Establishment, string Rome), double> OccupationActuals { get; }

    /// <summary>
    /// The windows before the target in which no establishment hired anyone durably: hires not
    /// generated or imported for that period (a real base always has some). A model reading them
    /// would take the missing months for a collapse of hiring.
    /// </summary>
    public IReadOnlyList<int> WindowsWithoutHires()
    {
        var seen = Math.Min(TargetWindow, Windows.Count);
        var totals = new double[seen];
        foreach (var e in Establishments)
        {
            for (var w = 0; w < seen; w++)
                totals[w] += e.HiresAt(w);
        }
        return [.. Enumerable.Range(0, seen).Where(w => totals[w] <= 0)];
    }

    public int? IndexOf(string siret) => _indexBySiret.TryGetValue(siret, out var i) ? i : null;
}
