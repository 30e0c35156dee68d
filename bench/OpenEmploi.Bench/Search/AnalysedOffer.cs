using System.Threading.Channels;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;
using OpenEmploi.Search.Facts;
using OpenEmploi.Storage;

namespace OpenEmploi.Bench.Search;

/// <summary>
/// One offer as the SQL baselines store it: its facts, and each text field already analysed by
/// <see cref="FrenchAnalyzer"/> (terms joined by spaces), so that folding, elisions, stop words and
/// stemming are exactly the index's and the SQL engines only match whole terms.
/// </summary>
internal sealed record AnalysedOffer(OffreFacts Facts, string Titre, string Metier, string Competences, string Description)
{
    public static AnalysedOffer From(OffreFacts facts) => new(
        facts,
        Terms(facts.Titre),
        Terms(facts.Metier),
        Terms(facts.Competences),
        Terms(facts.Description));

    /// <summary>Every distinct term of the four fields (for PostgreSQL's tsvector).</summary>
    public IEnumerable<string> AllTerms() =>
        new[] { Titre, Metier, Competences, Description }
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal);

    private static string Terms(string text) =>
        text.Length == 0 ? "" : string.Join(' ', FrenchAnalyzer.Instance.AnalyzeToList(text));

    /// <summary>
    /// Streams the store's live offers as analysed facts, in batches: the store is read on this
    /// thread while extraction and analysis (the costly part) run on the thread pool, in order.
    /// </summary>
    public static async IAsyncEnumerable<AnalysedOffer[]> ReadBatchesAsync(IOffreStore store, ReferenceData data, int batchSize = 4_000)
    {
        var extractor = new OffreFactsExtractor(data);
        var channel = Channel.CreateBounded<Task<AnalysedOffer[]>>(4);
        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<OpenEmploi.Core.Offres.OffreEntry>(batchSize);
                await foreach (var entry in store.StreamOffersAsync())
                {
                    batch.Add(entry);
                    if (batch.Count == batchSize)
                    {
                        await channel.Writer.WriteAsync(Analyse(batch.ToArray(), extractor));
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                    await channel.Writer.WriteAsync(Analyse(batch.ToArray(), extractor));
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        });
        await foreach (var task in channel.Reader.ReadAllAsync())
            yield return await task;
        await producer;
    }

    private static Task<AnalysedOffer[]> Analyse(OpenEmploi.Core.Offres.OffreEntry[] entries, OffreFactsExtractor extractor) =>
        Task.Run(() =>
        {
            var result = new AnalysedOffer[entries.Length];
            Parallel.For(0, entries.Length, i => result[i] = From(extractor.Extract(entries[i])));
            return result;
        });
}
