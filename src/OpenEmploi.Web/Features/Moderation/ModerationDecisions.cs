using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Moderation;

/// <summary>How a moderator's decision ended.</summary>
internal enum ModerationResult
{
    /// <summary>Carried out by the worker: <see cref="ModerationOutcome.Item"/> holds its outcome.</summary>
    Done,

    /// <summary>Queued, not carried out within the wait: follow <see cref="ModerationOutcome.CommandId"/>.</summary>
    Queued,

    /// <summary>No such offer.</summary>
    Unknown,

    /// <summary>The offer is not (or no longer) held: someone decided first, or it was never held.</summary>
    NotHeld,
}

/// <summary>A decision's outcome, with a French message when it was not carried out.</summary>
internal sealed record ModerationOutcome(ModerationResult Result, string? Message, InboxItem? Item, string? CommandId)
{
    public IReadOnlyList<string> Reasons => Item?.Reasons ?? [];
}

/// <summary>
/// Approve or reject one held offer, for the moderation API and the operator's page alike: the
/// offer must exist and be held; the decision runs through <see cref="ModerationCommands"/> (the
/// ingestion worker's loaded engine), and a decision the worker could not apply (decided
/// meanwhile) is reported as not held.
/// </summary>
internal sealed class ModerationDecisions(IIngestionStore store, ModerationCommands commands)
{
    public async Task<ModerationOutcome> DecideAsync(string actor, string operation, string source, string reference, string? reason, CancellationToken ct)
    {
        var row = await store.GetRowAsync(source, reference, ct);
        if (row is null)
            return new(ModerationResult.Unknown, $"Aucune offre {source}/{reference} dans la base.", null, null);
        if (row.Status != IngestionStatus.Held)
            return new(ModerationResult.NotHeld, $"L'offre {source}/{reference} n'est pas en attente de modération (statut {row.Status}).", null, null);
        var (done, id) = await commands.RunAsync(actor, operation, source, reference, reason, ct);
        if (done is null)
            return new(ModerationResult.Queued, null, null, id);
        if (done.Decision == OpenEmploi.Ingestion.Pipeline.Decisions.Error)
            return new(ModerationResult.NotHeld, string.Join(" ", done.Reasons ?? []), done, id);
        return new(ModerationResult.Done, null, done, id);
    }
}
