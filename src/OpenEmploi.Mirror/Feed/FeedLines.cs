using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OpenEmploi.Mirror.Feed;

/// <summary>An offer of the snapshot: its id and the offer exactly as the platform wrote it (JSON text).</summary>
public sealed record SnapshotOffre(string Id, string Offre);

/// <summary>The snapshot's last line: the sequence it is consistent with, and how many offers it held.</summary>
public sealed record SnapshotEnd(long Sequence, long Offres);

/// <summary>One event of a changes page: "creation" and "modification" carry the offer; "suppression" does not.</summary>
public sealed record ChangeEvent(long Sequence, string Type, string Id, string? Offre)
{
    public bool IsDeletion => Type == "suppression";
}

/// <summary>A changes page's last line: the next cursor, the log's sequence, and whether the page reached it.</summary>
public sealed record PageEnd(long Next, long Head, bool CaughtUp, int Events);

/// <summary>
/// Reads the feed's JSON lines. A response that ends before its "fin" line, or with a broken line,
/// was cut (network, server restart): <see cref="TransientFeedException"/>, and the caller's
/// transaction, never committed, is dropped.
/// </summary>
internal static class FeedLines
{
    /// <summary>The lines of a response, the "fin" line last (checked), parsed by <paramref name="parse"/>.</summary>
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        HttpResponseMessage response, Func<JsonElement, T> parse, Func<T, bool> isEnd, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var raw = await response.Content.ReadAsStreamAsync(ct);
        // Asked with Accept-Encoding: gzip; an HttpClient that decompresses itself removes the header.
        await using var body = response.Content.Headers.ContentEncoding.Contains("gzip")
            ? new GZipStream(raw, CompressionMode.Decompress) as Stream
            : raw;
        using var reader = new StreamReader(body);
        var ended = false;
        var number = 0;
        while (await ReadLineAsync(reader, ct) is { } line)
        {
            number++;
            if (ended)
                throw new TransientFeedException($"Ligne {number} après la ligne « fin » : réponse inattendue.");
            T item;
            try
            {
                using var json = JsonDocument.Parse(line);
                item = parse(json.RootElement);
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new TransientFeedException($"Ligne {number} illisible (réponse coupée ?) : {error.Message}", error);
            }
            ended = isEnd(item);
            yield return item;
        }
        if (!ended)
            throw new TransientFeedException($"Réponse coupée après {number} lignes, avant sa ligne « fin » : elle est ignorée.");
    }

    /// <summary>{"offre": {…}} or {"fin": {"sequence": S, "offres": N}}.</summary>
    public static object ParseSnapshot(JsonElement line)
    {
        if (line.TryGetProperty("fin", out var fin))
            return new SnapshotEnd(fin.GetProperty("sequence").GetInt64(), fin.GetProperty("offres").GetInt64());
        var offre = line.GetProperty("offre");
        return new SnapshotOffre(offre.GetProperty("id").GetString()!, offre.GetRawText());
    }

    /// <summary>An event, or {"fin": {"suivant", "sequence", "aJour", "evenements"}}.</summary>
    public static object ParseChange(JsonElement line)
    {
        if (line.TryGetProperty("fin", out var fin))
        {
            return new PageEnd(fin.GetProperty("suivant").GetInt64(), fin.GetProperty("sequence").GetInt64(),
                fin.GetProperty("aJour").GetBoolean(), fin.GetProperty("evenements").GetInt32());
        }
        var type = line.GetProperty("type").GetString()!;
        string? offre = null;
        if (type is "creation" or "modification")
            offre = line.GetProperty("offre").GetRawText();
        else if (type != "suppression")
            throw new InvalidOperationException($"type d'événement inconnu « {type} »");
        return new ChangeEvent(line.GetProperty("sequence").GetInt64(), type, line.GetProperty("id").GetString()!, offre);
    }

    // A cut connection surfaces as an IOException from the body: a transient failure like the others.
    private static async Task<string?> ReadLineAsync(StreamReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadLineAsync(ct);
        }
        catch (IOException error)
        {
            throw new TransientFeedException("Connexion coupée pendant la lecture : " + error.Message, error);
        }
    }
}
