using System.Globalization;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.Moderation;

/// <summary>The handlers of the moderation API: the queue, approve, reject, a queued decision's state.</summary>
internal static class ModerationEndpoints
{
    public const int MaxPageSize = 100;

    public static async Task<IResult> ListAsync(string? page, string? taille, IIngestionInbox inbox, CancellationToken ct)
    {
        if (!TryParse(page, 0, int.MaxValue, 0, out var number))
            return BadRequest("Le paramètre « page » doit être un entier positif ou nul.");
        if (!TryParse(taille, 1, MaxPageSize, 20, out var size))
            return BadRequest(string.Create(CultureInfo.InvariantCulture, $"Le paramètre « taille » doit être un entier entre 1 et {MaxPageSize}."));
        var held = await inbox.ListHeldAsync((int)Math.Min((long)number * size, int.MaxValue), size, ct);
        return TypedResults.Ok(new FileModeration(held.Total, number, size, [.. held.Records.Select(OffreRetenue.Of)]));
    }

    public static Task<IResult> ApproveAsync(
        string source, string reference, HttpContext http, ModerationDecisions decisions, CancellationToken ct) =>
        DecideAsync(http, decisions, InboxOperation.Approve, source, reference, null, ct);

    public static Task<IResult> RejectAsync(
        string source, string reference, RefusModeration? body, HttpContext http, ModerationDecisions decisions, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Motif))
            return Task.FromResult<IResult>(BadRequest("Le motif du refus est obligatoire : {\"motif\": \"…\"}."));
        return DecideAsync(http, decisions, InboxOperation.Reject, source, reference, body.Motif.Trim(), ct);
    }

    public static async Task<IResult> GetCommandAsync(string id, IIngestionInbox inbox, CancellationToken ct)
    {
        var items = await inbox.GetBatchAsync(id, ct);
        if (items.Count == 0 || items[0].Operation is not (InboxOperation.Approve or InboxOperation.Reject))
            return TypedResults.Problem($"Aucune décision de modération « {id} ».", statusCode: StatusCodes.Status404NotFound, title: "Commande inconnue");
        var item = items[0];
        return TypedResults.Ok(new EtatCommande(item.BatchId, item.IsPending ? "en_attente" : "traite", item.Operation, item.SourceCode,
            item.Reference ?? "", item.Decision, item.OfferId, item.Reasons ?? []));
    }

    private static async Task<IResult> DecideAsync(
        HttpContext http, ModerationDecisions decisions, string operation, string source, string reference, string? reason, CancellationToken ct)
    {
        reference = Uri.UnescapeDataString(reference);
        var outcome = await decisions.DecideAsync(ApiClaims.ClientIdOf(http.User)!, operation, source, reference, reason, ct);
        switch (outcome.Result)
        {
            case ModerationResult.Unknown:
                return TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Offre inconnue");
            case ModerationResult.NotHeld:
                return NotHeld(outcome.Message!);
            case ModerationResult.Queued:
                var status = ModerationFeature.CommandPath(outcome.CommandId!);
                return TypedResults.Accepted(status, new CommandeEnCours(outcome.CommandId!, status));
            default:
                return TypedResults.Ok(new DecisionModeration(
                    source, reference, operation == InboxOperation.Approve ? "approuvee" : "refusee", outcome.Item!.OfferId, outcome.Reasons));
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotHeld(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Offre hors de la file de modération");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Paramètre invalide");

    private static bool TryParse(string? text, int min, int max, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
