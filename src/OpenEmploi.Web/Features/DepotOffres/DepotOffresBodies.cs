using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>202 to a POST: the batch and where to follow it, what was accepted and what was refused (with its index).</summary>
internal sealed record DepotAccepte(string Lot, string Suivi, int Acceptees, int Refusees, IReadOnlyList<ErreurEnregistrement> Erreurs);

/// <summary>
/// A refused record: its index in the batch (0 for a single offer), its reference when readable,
/// the field at fault (null when the record as a whole is) and the French message.
/// </summary>
internal sealed record ErreurEnregistrement(int Index, string? Reference, string? Champ, string Message);

/// <summary>202 to a DELETE.</summary>
internal sealed record RetraitAccepte(string Lot, string Suivi, string Reference);

/// <summary>A batch's status: "en_attente" while any record waits for the worker, then "traite".</summary>
internal sealed record EtatLot(string Lot, string Statut, DateTimeOffset DateReception, IReadOnlyList<EtatEnregistrement> Enregistrements)
{
    public const string Pending = "en_attente";
    public const string Done = "traite";

    public static EtatLot Of(IReadOnlyList<InboxItem> items) => new(
        items[0].BatchId,
        items.Any(i => i.IsPending) ? Pending : Done,
        items[0].ReceivedAt,
        [.. items.Select(EtatEnregistrement.Of)]);
}

/// <summary>
/// One record of a batch: "depot" or "retrait", its status, then the pipeline's decision (publish,
/// warn, duplicate, block, hold, rejected, unchanged, error; deleted for a withdrawal), the rule
/// codes, the French reasons and the published offer's id.
/// </summary>
internal sealed record EtatEnregistrement(
    int Index, string? Reference, string Operation, string Statut, string? Decision, IReadOnlyList<string> Codes,
    IReadOnlyList<string> Motifs, string? OffreId, DateTimeOffset? DateTraitement)
{
    public static EtatEnregistrement Of(InboxItem item) => new(
        item.Index, item.Reference, item.Operation == InboxOperation.Delete ? "retrait" : item.Operation == InboxOperation.Post ? "depot" : item.Operation,
        item.IsPending ? EtatLot.Pending : EtatLot.Done, item.Decision, item.Codes ?? [], item.Reasons ?? [], item.OfferId, item.ProcessedAt);
}
