using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>
/// The counted cells of one period as arrays, sorted by key, with their primary masks and every
/// additive relation between them (a total and its parts along one partition). Hidden cells
/// (unknown places or activities, métiers by commune) are never published but stay in the
/// relations: they are what makes a total differ from the sum of its published parts.
/// </summary>
internal sealed class DisclosureTable
{
    /// <summary>
    /// Takes over <paramref name="table"/>'s rolled-up arrays; <paramref name="threads"/> is how
    /// many threads the per-indicator work runs on (0: one per core), the table and the masks being
    /// the same whatever the threads.
    /// </summary>
    public DisclosureTable(CellTable table, StatisticsContext context, Func<int, int, (int Parent, Partition Partition)[]> territoryParents, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Threads = threads <= 0 ? IndicatorWork.DefaultThreads : threads;
        // The rolled-up table's arrays are taken over, not copied: they are the largest objects of the run.
        Keys = table.SortedKeys;
        Sums = table.SortedSums;
        var count = Keys.Length;
        Publishable = new bool[count];
        Masks = new MaskReason?[count];
        Sensitive = new bool[count];
        Rank = new byte[count];
        WebStart = FindWebs(Keys);
        IndicatorWork.Run(WebCount, w => WebStart[w + 1] - WebStart[w], w =>
        {
            for (var i = WebStart[w]; i < WebStart[w + 1]; i++)
            {
                var key = CellKey.Unpack(Keys[i]);
                var definition = context.Codes.IndicatorAt(key.Indicator);
                var territory = context.Territories[key.Territory];
                var activity = context.Activities[key.Activity];
                Publishable[i] = definition.Published && territory.Publishable && activity.Publishable
                    && (territory.Level != TerritoryLevel.Commune || key.Activity == ActivityIndex.All);
                Rank[i] = checked((byte)ComplementCost.Rank(context, key));
                var reason = PrimaryRules.Check(definition.Kind, Sums[i]);
                // Internal indicators never leave the computation: nothing to protect, no relation to keep.
                Sensitive[i] = definition.Published && reason is not null;
                if (Publishable[i])
                    Masks[i] = reason;
            }
        }, Threads);
        BuildRelations(territoryParents);
    }

    public StatisticsContext Context { get; }

    /// <summary>Threads the per-indicator work runs on (relations, audit passes); results never depend on it.</summary>
    public int Threads { get; }

    public long[] Keys { get; }

    public CellSums[] Sums { get; }

    /// <summary>Stored (masked or not); the others are hidden and never leave the computation.</summary>
    public bool[] Publishable { get; }

    public MaskReason?[] Masks { get; }

    /// <summary>Breaks a primary rule: must not be published nor derivable, hidden or not.</summary>
    public bool[] Sensitive { get; }

    /// <summary>How detailed each cell is (<see cref="ComplementCost.Rank"/>): the complements are taken among the most detailed.</summary>
    /// <remarks>A byte a cell (ranks stay below 100): at national scale 93.5 million cells, 280 MB less than as integers.</remarks>
    public byte[] Rank { get; }

    /// <summary>Relation r: cell <c>RelationTotal[r]</c> = Σ cells <c>RelationMembers[RelationStart[r]..RelationStart[r + 1]]</c>.</summary>
    public int[] RelationTotal { get; private set; } = [];

    public int[] RelationStart { get; private set; } = [];

    public int[] RelationMembers { get; private set; } = [];

    /// <summary>For each cell, the relations it takes part in (as total or part), CSR like the relations.</summary>
    public int[] CellRelationStart { get; private set; } = [];

    public int[] CellRelations { get; private set; } = [];

    public int RelationCount => RelationTotal.Length;

    /// <summary>
    /// The webs of relations: one per indicator present, its cells <c>WebStart[w]..WebStart[w + 1]</c>
    /// (a run of the sorted keys) and its relations <c>WebRelationStart[w]..WebRelationStart[w + 1]</c>
    /// (relations are numbered by their total). No relation joins two webs: each can be audited on its own.
    /// </summary>
    public int[] WebStart { get; }

    public int[] WebRelationStart { get; private set; } = [];

    public int WebCount => WebStart.Length - 1;

    /// <summary>The cell of <paramref name="key"/>, or -1 when it is absent (zero).</summary>
    public int IndexOf(in CellKey key) => Find(key.Packed, 0, Keys.Length);

    /// <summary>Published and not masked: its value is known to every reader.</summary>
    public bool IsKnown(int cell) => Publishable[cell] && Masks[cell] is null;

    /// <summary>Must stay unknown: a masked published cell, or a hidden one that breaks a primary rule.</summary>
    public bool IsProtected(int cell) => Publishable[cell] ? Masks[cell] is not null : Sensitive[cell];

    /// <summary>
    /// Cells one indicator's web may hold: a link packs its total, partition and part in one long
    /// (27 + 8 + 28 bits), the cells numbered from the web's first. Per web rather than over the
    /// whole table (it was 2²⁶ cells in all): the national register is expected to give ~110
    /// million cells, the job seekers' stock about 60 million of them (docs/statistics.md, "Performance").
    /// </summary>
    private const int MaxCellsPerWeb = 1 << 27;

    private const int PartBits = 28;

    private const int PartitionBits = 8;

    private int Find(long packed, int from, int to)
    {
        var i = Array.BinarySearch(Keys, from, to - from, packed);
        return i >= 0 ? i : -1;
    }

    private static int[] FindWebs(long[] keys)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < keys.Length; i++)
        {
            if (CellKey.IndicatorOf(keys[i]) != CellKey.IndicatorOf(keys[i - 1]))
                starts.Add(i);
        }
        if (keys.Length > 0)
            starts.Add(keys.Length);
        return [.. starts];
    }

    private void BuildRelations(Func<int, int, (int Parent, Partition Partition)[]> territoryParents)
    {
        for (var w = 0; w < WebCount; w++)
        {
            if (WebStart[w + 1] - WebStart[w] >= MaxCellsPerWeb)
            {
                throw new InvalidOperationException(
                    $"Trop de cellules pour le secret statistique ({WebStart[w + 1] - WebStart[w]:N0} pour un indicateur, au plus {MaxCellsPerWeb:N0}).");
            }
        }
        // Every web's relation members go straight into one array, at an offset given by an upper
        // bound of its links (a cell's possible totals, counted without searching them): the webs'
        // own member arrays and their concatenation no longer live side by side (at national scale
        // each is ~1.8 GB). A total is a sum of non-negative parts, so it is present when its part
        // is and the bound is nearly always exact; what is left is closed up below.
        var bounds = new int[WebCount];
        IndicatorWork.Run(WebCount, w => WebStart[w + 1] - WebStart[w], w => bounds[w] = LinkBound(w, territoryParents), Threads);
        var offsets = new long[WebCount + 1];
        for (var w = 0; w < WebCount; w++)
            offsets[w + 1] = offsets[w] + bounds[w];
        if (offsets[WebCount] > Array.MaxLength)
        {
            throw new InvalidOperationException(
                $"Trop de relations pour le secret statistique ({offsets[WebCount]:N0} liens, au plus {Array.MaxLength:N0}).");
        }
        var members = new int[offsets[WebCount]];
        var webs = new WebRelations[WebCount];
        IndicatorWork.Run(WebCount, w => WebStart[w + 1] - WebStart[w],
            w => webs[w] = WebRelationsOf(w, territoryParents, members.AsSpan((int)offsets[w], bounds[w])), Threads);
        // The webs' relations one after another: numbered by their total, as one sort of every link would give.
        var relationStarts = new int[WebCount + 1];
        for (var w = 0; w < WebCount; w++)
            relationStarts[w + 1] = relationStarts[w] + webs[w].Totals.Length;
        var totals = new int[relationStarts[WebCount]];
        var starts = new int[totals.Length + 1];
        var memberAt = 0;
        for (var w = 0; w < WebCount; w++)
        {
            var web = webs[w];
            web.Totals.CopyTo(totals, relationStarts[w]);
            for (var r = 0; r < web.Totals.Length; r++)
                starts[relationStarts[w] + r] = memberAt + web.Starts[r];
            if (memberAt != offsets[w])
                Array.Copy(members, offsets[w], members, memberAt, web.MemberCount);
            memberAt += web.MemberCount;
            webs[w] = default;
        }
        if (memberAt != members.Length)
            Array.Resize(ref members, memberAt);
        starts[totals.Length] = memberAt;
        RelationTotal = totals;
        RelationStart = starts;
        RelationMembers = members;
        WebRelationStart = relationStarts;
        BuildCellRelations();
    }

    private readonly record struct WebRelations(int[] Totals, int[] Starts, int MemberCount);

    /// <summary>
    /// At least as many links as <see cref="WebRelationsOf"/> makes for web <paramref name="w"/>:
    /// one per (total, partition) a cell may have, whether the total is present or not.
    /// </summary>
    private int LinkBound(int w, Func<int, int, (int Parent, Partition Partition)[]> territoryParents)
    {
        int from = WebStart[w], to = WebStart[w + 1];
        var codes = Context.Codes;
        if (!codes.IndicatorAt(CellKey.IndicatorOf(Keys[from])).Published)
            return 0;
        long bound = 0;
        for (var i = from; i < to; i++)
        {
            var key = CellKey.Unpack(Keys[i]);
            bound += territoryParents(key.Indicator, key.Territory).Length;
            if (Context.Activities.ParentOf(key.Activity) is not null)
                bound++;
            if (codes.NomenclatureAt(key.Nomenclature).Parent >= 0)
                bound++;
            if (key.Characteristic != 0)
                bound++;
        }
        return bound <= Array.MaxLength
            ? (int)bound
            : throw new InvalidOperationException($"Trop de relations pour le secret statistique ({bound:N0} liens pour un indicateur).");
    }

    /// <summary>
    /// One indicator's relations, its members written to <paramref name="members"/> (at least
    /// <see cref="LinkBound"/> long). A total differs from its part in one coordinate: a parent
    /// territory's cell is searched in the indicator's run of keys, an activity's, a
    /// nomenclature's or a characteristic's in the part's own territory run (a few hundred keys).
    /// </summary>
    private WebRelations WebRelationsOf(int w, Func<int, int, (int Parent, Partition Partition)[]> territoryParents, Span<int> members)
    {
        int from = WebStart[w], to = WebStart[w + 1];
        var codes = Context.Codes;
        if (members.IsEmpty)
            return new WebRelations([], [], 0);
        // One long per link, sorted as numbers: the relations come out grouped by (total, partition)
        // with their parts in index order, at the cost of one primitive sort. Sized by the bound:
        // no list growing (and copied) by doubling.
        var links = new long[members.Length];
        var count = 0;
        int runStart = from, runEnd = from;
        for (var i = from; i < to; i++)
        {
            if (i == runEnd)
            {
                runStart = i;
                var run = CellKey.TerritoryRunOf(Keys[i]);
                while (runEnd < to && CellKey.TerritoryRunOf(Keys[runEnd]) == run)
                    runEnd++;
            }
            var key = CellKey.Unpack(Keys[i]);
            foreach (var (parent, partition) in territoryParents(key.Indicator, key.Territory))
                Link(links, ref count, from, Find((key with { Territory = parent }).Packed, from, to), partition, i);
            if (Context.Activities.ParentOf(key.Activity) is { } activity)
                Link(links, ref count, from, Find((key with { Activity = activity.Parent }).Packed, runStart, runEnd), activity.Partition, i);
            if (codes.NomenclatureAt(key.Nomenclature).Parent is var nomenclature and >= 0)
                Link(links, ref count, from, Find((key with { Nomenclature = nomenclature }).Packed, runStart, runEnd), Partition.NomenclatureParts, i);
            if (key.Characteristic != 0)
                Link(links, ref count, from, Find((key with { Characteristic = 0 }).Packed, runStart, runEnd), (Partition)((int)Partition.CharacteristicCodes + codes.CharacteristicAt(key.Characteristic).TypeIndex), i);
        }
        var sorted = links.AsSpan(0, count);
        sorted.Sort();
        var totals = new List<int>();
        var starts = new List<int>();
        for (var l = 0; l < sorted.Length; l++)
        {
            var group = sorted[l] >> PartBits;
            if (l == 0 || group != sorted[l - 1] >> PartBits)
            {
                totals.Add(from + (int)(group >> PartitionBits));
                starts.Add(l);
            }
            members[l] = from + (int)(sorted[l] & ((1L << PartBits) - 1));
        }
        return new WebRelations([.. totals], [.. starts], count);
    }

    /// <summary>A link, its cells numbered from the web's first cell <paramref name="from"/>; none when the total is absent (-1).</summary>
    private static void Link(long[] links, ref int count, int from, int parent, Partition partition, int child)
    {
        if (parent >= 0)
            links[count++] = ((((long)(parent - from) << PartitionBits) | (byte)partition) << PartBits) | (long)(child - from);
    }

    /// <remarks>
    /// One array over the cells (each cell's end, moved back to its start as it is filled, the
    /// relations taken from the last): no separate counts and fill cursors, two arrays over the
    /// cells fewer at the peak. Each cell's relations come out in increasing order, as before.
    /// </remarks>
    private void BuildCellRelations()
    {
        var start = new int[Keys.Length + 1];
        for (var r = 0; r < RelationTotal.Length; r++)
        {
            start[RelationTotal[r]]++;
            for (var m = RelationStart[r]; m < RelationStart[r + 1]; m++)
                start[RelationMembers[m]]++;
        }
        // Each cell's end (exclusive) ...
        for (var i = 1; i < Keys.Length; i++)
            start[i] += start[i - 1];
        start[Keys.Length] = Keys.Length == 0 ? 0 : start[Keys.Length - 1];
        var relations = new int[start[Keys.Length]];
        // ... moved back by one for each relation placed, the last relation first: it ends at the cell's start.
        for (var r = RelationTotal.Length - 1; r >= 0; r--)
        {
            for (var m = RelationStart[r + 1] - 1; m >= RelationStart[r]; m--)
                relations[--start[RelationMembers[m]]] = r;
            relations[--start[RelationTotal[r]]] = r;
        }
        CellRelationStart = start;
        CellRelations = relations;
    }
}
