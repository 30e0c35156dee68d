using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Index;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.OffresApi;
using OpenEmploi.Web.Features.OffresApi.Parameters;

namespace OpenEmploi.Web.Features.Search;

/// <summary>
/// Runs the offers API's search call minus HTTP before the node takes traffic: the query string
/// parsed, the index searched, the window's documents read from the store and the answer written
/// as the endpoint writes it. <see cref="SearchWarmUp"/> warms the index only; a node warmed that
/// way still answered its first half-minute at 1,500 requests/s with a p99 of 0.76 s
/// (docs/benchmarks.md), because the parser, the store's statements and pages and the JSON
/// rewriting of documents were still cold. Nothing here needs a client: no application is created
/// and nothing is logged as a call.
/// </summary>
internal static class ResponseWarmUp
{
    private const string WarmUpBaseUrl = "http://warm-up.invalid";

    /// <summary>Runs the calls until done or the budget is spent; returns the number of answers written.</summary>
    public static async Task<int> RunAsync(
        SearchEngine engine, SearchParametersParser parser, IOffreStore store, ResultDocumentCache cache, ReferenceData reference,
        DateTime now, TimeSpan budget, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        var count = 0;
        foreach (var queryString in QueryStrings(reference))
        {
            if (watch.Elapsed > budget)
                break;
            var parsed = parser.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)));
            if (parsed.Query is not { } query)
                throw new InvalidOperationException($"Requête de préchauffage refusée par l'API : {queryString} ({parsed.Error}).");
            var result = engine.Search(query, now);
            if (result.Ids.Count == 0)
                continue;
            var documents = await cache.GetManyAsync(store, result.Ids, ct);
            buffer.ResetWrittenCount();
            await using (var writer = new Utf8JsonWriter(buffer, PublishedOffreWriter.WriterOptions))
                SearchResponseWriter.Write(writer, result.Ids, documents, result.Facets, id => PublicUrls.LinksOf(WarmUpBaseUrl, id, clientId: null));
            count++;
        }
        return count;
    }

    /// <summary>
    /// The shapes of the API's common calls, as clients send them: a département, a radius around
    /// its chef-lieu, a ROME code, words, 20 results (and some 150-result pages, the maximum).
    /// </summary>
    internal static IEnumerable<string> QueryStrings(ReferenceData reference)
    {
        var metiers = reference.Rome.Metiers;
        var index = 0;
        foreach (var departement in reference.Geographie.Departements)
        {
            var range = index % 8 == 0 ? "0-149" : "0-19";
            yield return $"?departement={departement.Code}&range={range}";
            yield return $"?commune={departement.CodeCommuneChefLieu}&distance=30&sort=2&range=0-19";
            if (metiers.Count == 0)
                continue;
            var metier = metiers[index++ % metiers.Count];
            yield return $"?codeROME={metier.CodeRome}&range=0-19";
            var word = metier.Libelle.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(part => part.Length > 3 && part.All(char.IsLetter));
            if (word is not null)
                yield return $"?motsCles={Uri.EscapeDataString(word.ToLowerInvariant())}&departement={departement.Code}&range=0-19";
        }
    }
}
