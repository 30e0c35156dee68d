using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>Pair precision and recall of the whole method on a labelled set, with what went wrong by kind.</summary>
internal sealed record EvaluationFigures(
    int Offers, int Jobs, long TruePairs, long PredictedPairs, long CorrectPairs, int PossibleDuplicates,
    IReadOnlyDictionary<string, int> MissedByKind, IReadOnlyDictionary<string, int> WronglyMergedByKind, TimeSpan Elapsed)
{
    public double Precision => PredictedPairs == 0 ? 1 : CorrectPairs / (double)PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : CorrectPairs / (double)TruePairs;

    public static EvaluationFigures Run(IReadOnlyList<LabelledOffer> set, DedupOptions? options = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var index = new DuplicateIndex(DataGen.Offres.Partenaires.All, time, options);
        var possible = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var labelled in set)
            possible += index.Add(labelled.Offer).PossibleDuplicates.Count;
        clock.Stop();

        var predicted = set.GroupBy(o => index.PublishedIdOf(MemberKey.Of(o.Offer))!).ToList();
        long predictedPairs = 0, correct = 0;
        var wrong = new Dictionary<string, int>();
        foreach (var cluster in predicted)
        {
            predictedPairs += Pairs(cluster.Count());
            foreach (var job in cluster.GroupBy(o => o.Job))
                correct += Pairs(job.Count());
            // Every member not of the cluster's main job was merged wrongly: count it by kind.
            var main = cluster.GroupBy(o => o.Job).MaxBy(g => g.Count())!.Key;
            foreach (var intruder in cluster.Where(o => o.Job != main))
                wrong[intruder.Kind] = wrong.GetValueOrDefault(intruder.Kind) + 1;
        }
        var missed = new Dictionary<string, int>();
        long truePairs = 0;
        foreach (var job in set.GroupBy(o => o.Job))
        {
            truePairs += Pairs(job.Count());
            var anchor = job.FirstOrDefault(o => o.Kind == "original") ?? job.First();
            var anchorId = index.PublishedIdOf(MemberKey.Of(anchor.Offer));
            foreach (var member in job.Where(o => o != anchor && index.PublishedIdOf(MemberKey.Of(o.Offer)) != anchorId))
                missed[member.Kind] = missed.GetValueOrDefault(member.Kind) + 1;
        }
        return new EvaluationFigures(set.Count, set.Select(o => o.Job).Distinct().Count(), truePairs, predictedPairs, correct, possible, missed, wrong, clock.Elapsed);
    }

    public override string ToString() =>
        $"offers {Offers:N0}, jobs {Jobs:N0}, true pairs {TruePairs:N0}, predicted pairs {PredictedPairs:N0}, correct {CorrectPairs:N0}\n" +
        $"precision {Precision:F4}, recall {Recall:F4}, possible duplicates flagged {PossibleDuplicates:N0}, {Offers / Elapsed.TotalSeconds:N0} offers/s end to end\n" +
        $"missed (members not with their original): {Describe(MissedByKind)}\n" +
        $"wrongly merged members: {Describe(WronglyMergedByKind)}";

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));

    private static long Pairs(int n) => (long)n * (n - 1) / 2;
}
