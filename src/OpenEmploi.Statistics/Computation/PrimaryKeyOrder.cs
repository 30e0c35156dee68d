using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// The order of the published cells' primary key in the store (indicator, territory level and
/// code, activity type and code, period, nomenclature and code, characteristic type and code;
/// codes compared byte by byte, as SQLite's BINARY and PostgreSQL's "C" collations do). Cells
/// written in this order are appended to the key's B-tree instead of scattered over it: the
/// computation gives them by internal ids (indicators in the order first met), and at millions
/// of cells the scattered inserts were a large part of a run (docs/benchmarks.md).
/// </summary>
internal sealed class PrimaryKeyOrder : IComparer<PublishedCell>
{
    public static readonly PrimaryKeyOrder Instance = new();

    /// <summary>
    /// Sorts <paramref name="cells"/> in this order through one 128-bit number per cell: each
    /// column's rank among its distinct values (in byte order), the columns' ranks side by side in
    /// the key's order. Comparing two cells is then one comparison of numbers instead of up to
    /// eleven of strings reached through two objects: at national scale (35 million cells) the
    /// comparer's sort was a large part of what storing cost before the first row was written.
    /// Falls back to the comparer when the ranks would not fit (never with the referentials' codes).
    /// </summary>
    public static void Sort(PublishedCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Func<PublishedCell, string>[] texts =
        [
            c => c.Indicator, c => c.TerritoryCode, c => c.ActivityType, c => c.ActivityCode, c => c.PeriodCode,
            c => c.Nomenclature, c => c.NomenclatureCode, c => c.CharacteristicType, c => c.CharacteristicCode,
        ];
        var ranks = texts.Select(text => ColumnRanks.Of(cells, text)).ToArray();
        // The columns in the key's order: indicator, level, territory, activity type and code, period kind and code, …
        var widths = new[]
        {
            Bits(ranks[0].Count), 8, Bits(ranks[1].Count), Bits(ranks[2].Count), Bits(ranks[3].Count), 8,
            Bits(ranks[4].Count), Bits(ranks[5].Count), Bits(ranks[6].Count), Bits(ranks[7].Count), Bits(ranks[8].Count),
        };
        if (widths.Sum() > 128)
        {
            Array.Sort(cells, Instance);
            return;
        }
        var keys = new UInt128[cells.Length];
        Span<int> columns = stackalloc int[widths.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            columns[0] = ranks[0].Of(c.Indicator);
            columns[1] = (int)c.TerritoryLevel;
            columns[2] = ranks[1].Of(c.TerritoryCode);
            columns[3] = ranks[2].Of(c.ActivityType);
            columns[4] = ranks[3].Of(c.ActivityCode);
            columns[5] = (int)c.PeriodKind;
            columns[6] = ranks[4].Of(c.PeriodCode);
            columns[7] = ranks[5].Of(c.Nomenclature);
            columns[8] = ranks[6].Of(c.NomenclatureCode);
            columns[9] = ranks[7].Of(c.CharacteristicType);
            columns[10] = ranks[8].Of(c.CharacteristicCode);
            UInt128 key = 0;
            for (var k = 0; k < columns.Length; k++)
                key = (key << widths[k]) | (uint)columns[k];
            keys[i] = key;
        }
        Array.Sort(keys, cells);
    }

    /// <summary>
    /// A column's distinct values ranked in byte order. The cells share their codes' strings
    /// (the referentials'), and neighbours mostly the same ones: the last string seen is checked
    /// by reference before any hashing.
    /// </summary>
    private sealed class ColumnRanks
    {
        private readonly Dictionary<string, int> _ranks;
        private string? _last;
        private int _lastRank;

        private ColumnRanks(Dictionary<string, int> ranks) => _ranks = ranks;

        public int Count => _ranks.Count;

        public static ColumnRanks Of(PublishedCell[] cells, Func<PublishedCell, string> text)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            string? last = null;
            foreach (var cell in cells)
            {
                var value = text(cell);
                if (!ReferenceEquals(value, last))
                    distinct.Add(last = value);
            }
            var ordered = distinct.ToArray();
            Array.Sort(ordered, StringComparer.Ordinal);
            var ranks = new Dictionary<string, int>(ordered.Length, StringComparer.Ordinal);
            for (var r = 0; r < ordered.Length; r++)
                ranks[ordered[r]] = r;
            return new ColumnRanks(ranks);
        }

        public int Of(string value)
        {
            if (!ReferenceEquals(value, _last))
            {
                _lastRank = _ranks[value];
                _last = value;
            }
            return _lastRank;
        }
    }

    private static int Bits(int distinct) => Math.Max(1, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)distinct));

    public int Compare(PublishedCell? x, PublishedCell? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return -1;
        if (y is null)
            return 1;
        var c = string.CompareOrdinal(x.Indicator, y.Indicator);
        if (c == 0)
            c = ((int)x.TerritoryLevel).CompareTo((int)y.TerritoryLevel);
        if (c == 0)
            c = string.CompareOrdinal(x.TerritoryCode, y.TerritoryCode);
        if (c == 0)
            c = string.CompareOrdinal(x.ActivityType, y.ActivityType);
        if (c == 0)
            c = string.CompareOrdinal(x.ActivityCode, y.ActivityCode);
        if (c == 0)
            c = ((int)x.PeriodKind).CompareTo((int)y.PeriodKind);
        if (c == 0)
            c = string.CompareOrdinal(x.PeriodCode, y.PeriodCode);
        if (c == 0)
            c = string.CompareOrdinal(x.Nomenclature, y.Nomenclature);
        if (c == 0)
            c = string.CompareOrdinal(x.NomenclatureCode, y.NomenclatureCode);
        if (c == 0)
            c = string.CompareOrdinal(x.CharacteristicType, y.CharacteristicType);
        if (c == 0)
            c = string.CompareOrdinal(x.CharacteristicCode, y.CharacteristicCode);
        return c;
    }
}
