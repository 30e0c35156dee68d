using System.Text.Json;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Moderation;

/// <summary>One page of the moderation queue, oldest first.</summary>
internal sealed record FileModeration(long Total, int Page, int Taille, IReadOnlyList<OffreRetenue> Offres);

/// <summary>
/// A held record: its source and reference (what approve and reject name), its fraud score, rule
/// and signal codes, French reasons, when it was first and last received, and the normalised offer
/// (its <c>id</c> is empty: a held record has no published id yet).
/// </summary>
internal sealed record OffreRetenue(
    string Source, string Reference, int? ScoreFraude, IReadOnlyList<string> Codes, IReadOnlyList<string> Motifs,
    DateTimeOffset PremiereReception, DateTimeOffset DerniereReception, JsonElement? Offre)
{
    public static OffreRetenue Of(HeldRecord record)
    {
        JsonElement? offre = null;
        if (record.Document is { } json)
        {
            using var document = JsonDocument.Parse(json);
            offre = document.RootElement.Clone();
        }
        return new OffreRetenue(record.SourceCode, record.SourceId, record.FraudScore, record.Codes, record.Reasons, record.FirstSeenAt, record.LastSeenAt, offre);
    }
}

/// <summary>The moderator's reason for a refusal, kept with the record.</summary>
internal sealed record RefusModeration(string? Motif);

/// <summary>A decision carried out: "approuvee" with the published offer's id, or "refusee".</summary>
internal sealed record DecisionModeration(string Source, string Reference, string Decision, string? OffreId, IReadOnlyList<string> Motifs);

/// <summary>202 when the worker has not carried the decision out within the wait: follow it at <see cref="Suivi"/>.</summary>
internal sealed record CommandeEnCours(string Commande, string Suivi);

/// <summary>A queued decision's state: "en_attente", or "traite" with its outcome.</summary>
internal sealed record EtatCommande(string Commande, string Statut, string Operation, string Source, string Reference, string? Decision, string? OffreId, IReadOnlyList<string> Motifs);
