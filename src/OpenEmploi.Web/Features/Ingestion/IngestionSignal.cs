namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// Wakes this node's worker when a request put work in the inbox, and tells waiting requests that
/// a round ended (a moderation call then reads its outcome at once instead of at its next poll).
/// </summary>
internal sealed class IngestionSignal
{
    private TaskCompletionSource _wake = New();
    private TaskCompletionSource _round = New();

    /// <summary>Completes at the next <see cref="Wake"/> after the last <see cref="TakeWake"/>.</summary>
    public Task Woken => Volatile.Read(ref _wake).Task;

    /// <summary>Completes when the round running or next to run ends.</summary>
    public Task NextRoundEnded => Volatile.Read(ref _round).Task;

    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Consumes a wake before a round: a wake during the round asks for another one.</summary>
    public void TakeWake()
    {
        if (Volatile.Read(ref _wake).Task.IsCompleted)
            Interlocked.Exchange(ref _wake, New());
    }

    public void RoundEnded() => Interlocked.Exchange(ref _round, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
