using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Moderation;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>
/// The ingestion moderation queue for operator accounts: the offers held for their fraud score or
/// as possible duplicates, oldest first, 20 a page, each with its reasons, and approve / reject —
/// the same decisions as the moderation API (<see cref="ModerationDecisions"/>).
/// </summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class ModerationModel(IIngestionInbox inbox, ModerationDecisions decisions) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<OffreRetenue> Offres { get; private set; } = [];

    public long Total { get; private set; }

    public int Numero { get; private set; }

    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string? Done { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The offer whose refusal lacked a reason, to mark its field.</summary>
    public string? ReasonMissingFor { get; private set; }

    public Task OnGetAsync(int numero, CancellationToken ct) => LoadAsync(numero, ct);

    public async Task<IActionResult> OnPostApprouverAsync(string? source, string? reference, int numero, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(reference))
            return BadRequest();
        var outcome = await decisions.DecideAsync(Actor, InboxOperation.Approve, source, reference, null, ct);
        Report(outcome, $"Offre {source}/{reference} approuvée : publiée sous l'identifiant {outcome.Item?.OfferId}.");
        await LoadAsync(numero, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRejeterAsync(string? source, string? reference, string? motif, int numero, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(reference))
            return BadRequest();
        if (string.IsNullOrWhiteSpace(motif))
        {
            Error = $"Offre {source}/{reference} : le motif du refus est obligatoire.";
            ReasonMissingFor = Key(source, reference);
        }
        else
        {
            var outcome = await decisions.DecideAsync(Actor, InboxOperation.Reject, source, reference, motif.Trim(), ct);
            Report(outcome, $"Offre {source}/{reference} refusée : {motif.Trim()}");
        }
        await LoadAsync(numero, ct);
        return Page();
    }

    public static string Key(string source, string reference) => source + "/" + reference;

    /// <summary>The id of an offer's elements on the page (its reference may hold any character).</summary>
    public static string Anchor(OffreRetenue offre) =>
        "offre-" + Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(Key(offre.Source, offre.Reference)));

    public static string? Field(OffreRetenue offre, string name) =>
        offre.Offre is { ValueKind: JsonValueKind.Object } document && document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string? Nested(OffreRetenue offre, string parent, string name) =>
        offre.Offre is { ValueKind: JsonValueKind.Object } document && document.TryGetProperty(parent, out var inner)
            && inner.ValueKind == JsonValueKind.Object && inner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Who decided, as the inbox records it: the operator's account.</summary>
    private string Actor => "operateur:" + AccountClaims.IdOf(User);

    private void Report(ModerationOutcome outcome, string done)
    {
        switch (outcome.Result)
        {
            case ModerationResult.Done:
                Done = done;
                break;
            case ModerationResult.Queued:
                Done = $"Décision enregistrée (commande {outcome.CommandId}) : le traitement des offres l'appliquera à son prochain passage.";
                break;
            default:
                Error = outcome.Message;
                break;
        }
    }

    private async Task LoadAsync(int numero, CancellationToken ct)
    {
        Numero = Math.Max(0, numero);
        var held = await inbox.ListHeldAsync((int)Math.Min((long)Numero * PageSize, int.MaxValue), PageSize, ct);
        if (held.Records.Count == 0 && Numero > 0 && held.Total > 0)
        {
            // Past the end (the queue shrank): show the last page.
            Numero = (int)((held.Total - 1) / PageSize);
            held = await inbox.ListHeldAsync(Numero * PageSize, PageSize, ct);
        }
        Total = held.Total;
        Offres = [.. held.Records.Select(OffreRetenue.Of)];
    }
}
