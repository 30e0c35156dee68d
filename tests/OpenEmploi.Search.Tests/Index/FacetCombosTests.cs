using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>
/// The offers API's four facets counted through one combined column (<see cref="FacetCombos"/>)
/// give the counts of one column per facet, and a base whose codes do not fit falls back to them.
/// </summary>
public sealed class FacetCombosTests
{
    private static readonly FacetKind[] ApiFacets = [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat];

    [Fact]
    public void Each_document_s_combination_decodes_to_its_four_codes()
    {
        var segment = Build(GeneratedCorpus.Facts5000).Base;
        var combos = segment.FacetCombos!;
        Assert.Equal(4, combos.Radices.Length);
        var histogram = new int[combos.Size];
        var counts = new int[4][];
        for (var k = 0; k < 4; k++)
            counts[k] = new int[combos.Radices[k]];
        for (var d = 0; d < segment.Count; d++)
        {
            Array.Clear(histogram);
            foreach (var c in counts)
                Array.Clear(c);
            histogram[combos.Combos[d]] = 1;
            combos.Spread(histogram, counts);
            Assert.Equal(1, counts[0][segment[CodeField.TypeContrat].Codes[d]]);
            Assert.Equal(1, counts[1][segment[CodeField.NatureContrat].Codes[d]]);
            Assert.Equal(1, counts[2][segment.Experience[d]]);
            Assert.Equal(1, counts[3][segment.Qualification[d]]);
        }
    }

    [Fact]
    public void A_tally_with_the_combined_column_counts_as_one_without_it()
    {
        var segment = BuildPlaceOrdered(GeneratedCorpus.Facts5000).Base;
        FacetKind[] kinds = [.. ApiFacets, FacetKind.Region, FacetKind.Experience];
        var random = new Random(20261129);
        var docs = Enumerable.Range(0, segment.Count).Where(_ => random.Next(3) == 0).ToArray();
        Assert.Equal(Tally(segment, kinds, docs, null), Tally(segment, kinds, docs, segment.FacetCombos));
        Assert.Equal(Tally(segment, ApiFacets, docs, null), Tally(segment, ApiFacets, docs, segment.FacetCombos));
    }

    [Fact]
    public void Codes_too_many_to_combine_leave_the_segment_without_combined_column()
    {
        var segment = Build(GeneratedCorpus.Facts5000).Base;
        var size = segment.FacetCombos!.Size;
        Assert.Equal(segment.FacetCombos.Radices.Aggregate(1, (a, r) => a * r), size);
        Assert.NotNull(FacetCombos.Build(segment, maxSize: size));
        Assert.Null(FacetCombos.Build(segment, maxSize: size - 1));
    }

    private static List<string> Tally(Segment segment, FacetKind[] kinds, int[] docs, FacetCombos? combos)
    {
        using var tally = new FacetTally(segment, kinds, combos);
        foreach (var d in docs)
            tally.Count(d);
        var totals = kinds.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        tally.AddTo(totals);
        return [.. totals.Select((t, i) => $"{kinds[i]}: " + string.Join(",", t.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))];
    }
}
