using System.Globalization;
using System.Text;
using OpenEmploi.Core.Csv;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using OpenEmploi.Search.Tests.Index;
using Xunit.Abstractions;

namespace OpenEmploi.Search.Tests.Relevance;

/// <summary>
/// The relevance check: 43 realistic French queries, each judged by hand with the ROME codes whose
/// offers answer it (Relevance/judgments.csv), run on a generated corpus. precision@10 is the share
/// of the top ten results (sorted by relevance) that are relevant, out of at most the number of
/// relevant offers the corpus holds. The mean is tracked in docs/search.md; the floor below catches
/// regressions.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private const double MeanPrecisionFloor = 0.95;
    private const int CorpusSize = 40_000;

    private static readonly Lazy<(OffreIndex Index, List<OffreFacts> Facts)> Corpus = new(() =>
    {
        var facts = GeneratedCorpus.Generate(0, CorpusSize);
        return (TestIndexes.Build(facts), facts);
    });

    [Fact]
    public void Mean_precision_at_10_over_the_judged_queries_stays_above_the_floor()
    {
        var (index, facts) = Corpus.Value;
        var report = new StringBuilder();
        var precisions = new List<double>();

        foreach (var judgment in Judgments())
        {
            var available = facts.Count(f => f.RomeCode is not null && judgment.Relevant.Contains(f.RomeCode));
            if (available == 0)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{judgment.Query,-40} no relevant offer in the corpus");
                continue;
            }
            var result = index.Search(new SearchQuery { Keywords = [judgment.Query], Sort = SearchSort.Relevance, Start = 0, End = 9 }, TestIndexes.T0);
            var byId = result.Ids.Select(id => facts.First(f => f.Id == id)).ToList();
            var hits = byId.Count(f => f.RomeCode is not null && judgment.Relevant.Contains(f.RomeCode));
            var precision = hits / (double)Math.Min(10, available);
            precisions.Add(precision);
            report.AppendLine(CultureInfo.InvariantCulture, $"{judgment.Query,-40} p@10 {precision:F2}  ({hits} of {Math.Min(10, available)}, {result.Total} results)");
        }

        var mean = precisions.Average();
        report.AppendLine(CultureInfo.InvariantCulture, $"mean precision@10 over {precisions.Count} queries: {mean:F3}");
        output.WriteLine(report.ToString());
        Assert.True(mean >= MeanPrecisionFloor, report.ToString());
    }

    private sealed record Judgment(string Query, HashSet<string> Relevant);

    private static IEnumerable<Judgment> Judgments()
    {
        using var csv = CsvReader.Open(Path.Combine(AppContext.BaseDirectory, "Relevance", "judgments.csv"));
        var columns = csv.ReadHeader("query", "relevant_rome_codes");
        var query = columns.IndexOf("query");
        var codes = columns.IndexOf("relevant_rome_codes");
        foreach (var record in csv.ReadRecords())
            yield return new Judgment(record[query], [.. record[codes].Split('|')]);
    }
}
