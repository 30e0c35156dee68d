using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync;

/// <summary>What a reuser's mirror does: load a snapshot, then apply the changes after it, in order.</summary>
internal sealed class SyncMirror(ApiCaller caller, string filterQuery = "")
{
    public const string Prefix = "/partenaire/offresdemploi-sync/v1";

    /// <summary>id → the offer as published (raw JSON).</summary>
    public Dictionary<string, string> Offres { get; } = new(StringComparer.Ordinal);

    public long Cursor { get; private set; }

    public static async Task<ApiCaller> NewCallerAsync(ApiPlatform platform)
    {
        var (clientId, secret) = await platform.CreateApplicationAsync(scopes: [ApiScopes.Sync]);
        return new ApiCaller(platform.Client, clientId, await platform.GetTokenAsync(clientId, secret, ApiScopes.Sync));
    }

    /// <summary>Loads a snapshot; <paramref name="afterEachLine"/> runs after each offer read (a slow reader).</summary>
    public async Task LoadSnapshotAsync(Func<int, Task>? afterEachLine = null, bool gzip = false)
    {
        var lines = await ReadLinesAsync(caller, $"{Prefix}/snapshot{Query(filterQuery)}", gzip, afterEachLine);
        Offres.Clear();
        var fin = lines[^1].GetProperty("fin");
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var offre = line.GetProperty("offre");
            Offres[offre.GetProperty("id").GetString()!] = offre.GetRawText();
        }
        Assert.Equal(Offres.Count, fin.GetProperty("offres").GetInt64());
        Cursor = fin.GetProperty("sequence").GetInt64();
    }

    /// <summary>Applies one page; returns whether the mirror reached the head of the log.</summary>
    public async Task<bool> PullAsync(int limit)
    {
        var lines = await ReadLinesAsync(caller, $"{Prefix}/changes?after={Cursor}&limit={limit}{And(filterQuery)}", gzip: false, null);
        var previous = 0L;
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var sequence = line.GetProperty("sequence").GetInt64();
            Assert.True(sequence > Cursor && sequence > previous, "events come in order, after the cursor");
            previous = sequence;
            var id = line.GetProperty("id").GetString()!;
            switch (line.GetProperty("type").GetString())
            {
                case "creation" or "modification":
                    Offres[id] = line.GetProperty("offre").GetRawText();
                    break;
                case "suppression":
                    Offres.Remove(id);
                    break;
                default:
                    Assert.Fail("type d'événement inconnu : " + line.GetRawText());
                    break;
            }
        }
        var fin = lines[^1].GetProperty("fin");
        Assert.True(fin.GetProperty("suivant").GetInt64() >= Cursor);
        Cursor = fin.GetProperty("suivant").GetInt64();
        return fin.GetProperty("aJour").GetBoolean();
    }

    public async Task CatchUpAsync(int limit)
    {
        for (var page = 0; page < 10_000; page++)
        {
            if (await PullAsync(limit))
                return;
        }
        Assert.Fail("the mirror never caught up");
    }

    /// <summary>The events of one changes page (the last line, "fin", apart).</summary>
    public static async Task<(List<JsonElement> Events, JsonElement Fin)> ReadChangesAsync(ApiCaller caller, long after, string query = "", int limit = 1000)
    {
        var lines = await ReadLinesAsync(caller, $"{Prefix}/changes?after={after}&limit={limit}{And(query)}", gzip: false, null);
        return (lines.Take(lines.Count - 1).ToList(), lines[^1].GetProperty("fin"));
    }

    public static async Task<List<JsonElement>> ReadLinesAsync(ApiCaller caller, string pathAndQuery, bool gzip, Func<int, Task>? afterEachLine)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
        if (gzip)
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await caller.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/x-ndjson", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(gzip, response.Content.Headers.ContentEncoding.Contains("gzip"));
        await using var body = await response.Content.ReadAsStreamAsync();
        await using var decoded = gzip ? new GZipStream(body, CompressionMode.Decompress) : body;
        using var reader = new StreamReader(decoded);
        var lines = new List<JsonElement>();
        while (await reader.ReadLineAsync() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            lines.Add(document.RootElement.Clone());
            if (afterEachLine is not null)
                await afterEachLine(lines.Count);
        }
        Assert.NotEmpty(lines);
        Assert.True(lines[^1].TryGetProperty("fin", out _), "a complete response ends with its \"fin\" line");
        return lines;
    }

    private static string Query(string query) => query.Length == 0 ? "" : "?" + query;

    private static string And(string query) => query.Length == 0 ? "" : "&" + query;
}
