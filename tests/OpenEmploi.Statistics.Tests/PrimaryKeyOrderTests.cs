using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Computation;

namespace OpenEmploi.Statistics.Tests;

/// <summary>The published cells are stored in the primary key's order: the ranked sort must give the comparer's order exactly.</summary>
public sealed class PrimaryKeyOrderTests
{
    [Fact]
    public void Sorting_by_ranked_numbers_gives_the_comparers_order_byte_by_byte()
    {
        var random = new Random(11);
        // Codes whose byte order differs from their length or culture order ("Z" < "a", "10" < "9", "" first, accents last).
        string[] codes = ["", "9", "10", "A", "Z", "a", "é", "ABC", "AB", "69123", "2A004"];
        string Pick() => codes[random.Next(codes.Length)];
        var cells = Enumerable.Range(0, 5_000).Select(_ => new PublishedCell(
                Pick(), (TerritoryLevel)random.Next(1, 7), Pick(), Pick(), Pick(), Pick(), Pick(), Pick(), Pick(),
                (PeriodKind)random.Next(1, 3), Pick(), random.Next(100), null, null))
            .DistinctBy(c => (c.Indicator, c.TerritoryLevel, c.TerritoryCode, c.ActivityType, c.ActivityCode, c.PeriodKind, c.PeriodCode,
                c.Nomenclature, c.NomenclatureCode, c.CharacteristicType, c.CharacteristicCode))
            .ToArray();
        // Copies of the strings too: equal codes need not be the same objects.
        var copies = cells.Select(c => c with { TerritoryCode = new string(c.TerritoryCode.AsSpan()) }).ToArray();

        var expected = (PublishedCell[])copies.Clone();
        Array.Sort(expected, PrimaryKeyOrder.Instance);
        PrimaryKeyOrder.Sort(copies);

        Assert.Equal(expected, copies);
        Assert.True(cells.Length > 4_000);
    }
}
