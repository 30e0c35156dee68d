namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// Finds the row of a SIRET-ordered stream (establishments, headcounts) for rows read in the same
/// order (hires) by walking both together: a merge join, so the national SIRENE-like table is
/// never held in memory. Asking for SIRETs out of order finds nothing for the earlier ones.
/// </summary>
internal sealed class SortedJoin<T>(IAsyncEnumerator<T> rows, Func<T, string> siretOf) : IAsyncDisposable
    where T : class
{
    private T? _current;
    private bool _started;
    private bool _ended;

    public async ValueTask<T?> FindAsync(string siret)
    {
        if (!_started)
        {
            _started = true;
            await MoveAsync();
        }
        while (!_ended && string.CompareOrdinal(siretOf(_current!), siret) < 0)
            await MoveAsync();
        return !_ended && siretOf(_current!) == siret ? _current : null;
    }

    private async ValueTask MoveAsync()
    {
        _ended = !await rows.MoveNextAsync();
        _current = _ended ? null : rows.Current;
    }

    public ValueTask DisposeAsync() => rows.DisposeAsync();
}
