using System.Globalization;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Ingestion;

namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>
/// POST …/offres: one offer (an object) or a batch (an array). The shape of every record is checked
/// now; the accepted ones are stored in the inbox, durably, before the answer (202 with the batch id
/// and its status URL), and the worker runs them through the pipeline. A record refused here is
/// stored too, already decided (error), so that the batch's status lists every record; a body with
/// no acceptable record is a 400 listing each record's problems, and nothing is stored.
/// </summary>
internal static class PostOffres
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IIngestionInbox inbox, IngestionSignal signal, DepotOffresOptions options, TimeProvider time, CancellationToken ct)
    {
        var clientId = ApiClaims.ClientIdOf(http.User)!;
        var body = await ReadBodyAsync(http.Request, options.MaxBodyBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"Corps de requête trop volumineux : {options.MaxBodyBytes / (1 << 20)} Mo au plus."),
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Requête trop volumineuse");
        }
        var posted = PostedOffers.Read(body.Value, options.MaxBatchSize);
        if (posted.Error is { } error)
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Offres illisibles");

        var errors = posted.Records
            .SelectMany(r => r.Problems.Select(p => new ErreurEnregistrement(r.Index, r.Reference, p.Field, p.Message)))
            .ToList();
        var accepted = posted.Records.Count(r => r.IsValid);
        if (accepted == 0)
        {
            return TypedResults.Problem(
                posted.IsBatch ? "Aucune offre du lot n'est valide : rien n'a été enregistré." : "L'offre n'est pas valide : rien n'a été enregistré.",
                statusCode: StatusCodes.Status400BadRequest, title: "Offres refusées",
                extensions: new Dictionary<string, object?> { ["erreurs"] = errors });
        }

        var batchId = Guid.NewGuid().ToString("N");
        var source = PostingSource.CodeOf(clientId);
        var now = time.GetUtcNow();
        var items = posted.Records.Select(r => r.IsValid
            ? new InboxItem(0, batchId, r.Index, clientId, source, InboxOperation.Post, r.Reference, r.Json, now)
            : new InboxItem(0, batchId, r.Index, clientId, source, InboxOperation.Post, r.Reference, null, now, now, Decisions.Error,
                [.. r.Problems.Select(p => p.Field ?? "")], [.. r.Problems.Select(p => p.Message)])).ToList();
        await inbox.AddAsync(items, ct);
        signal.Wake();
        var status = DepotOffresFeature.BatchPath(batchId);
        return TypedResults.Accepted(status, new DepotAccepte(batchId, status, accepted, posted.Records.Count - accepted, errors));
    }

    /// <summary>The whole body, or null past <paramref name="limit"/> bytes.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
            return null;
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 64 << 10);
        var chunk = new byte[64 << 10];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
