using System.Runtime.InteropServices;
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
        Rank = new int[count];
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
                Rank[i] = ComplementCost.Rank(context, key);
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
    public int[] Rank { get; }

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
        var webs = new WebRelations[WebCount];
        IndicatorWork.Run(WebCount, w => WebStart[w + 1] - WebStart[w], w => webs[w] = WebRelationsOf(w, territoryParents), Threads);
        // The webs' relations one after another: numbered by their total, as one sort of every link would give.
        var relationStarts = new int[WebCount + 1];
        var memberCount = 0;
        for (var w = 0; w < WebCount; w++)
        {
            relationStarts[w + 1] = relationStarts[w] + webs[w].Totals.Length;
            memberCount += webs[w].Members.Length;
        }
        var totals = new int[relationStarts[WebCount]];
        var starts = new int[totals.Length + 1];
        var members = new int[memberCount];
        var memberAt = 0;
        for (var w = 0; w < WebCount; w++)
        {
            var web = webs[w];
            web.Totals.CopyTo(totals, relationStarts[w]);
            for (var r = 0; r < web.Totals.Length; r++)
                starts[relationStarts[w] + r] = memberAt + web.Starts[r];
            web.Members.CopyTo(members, memberAt);
            memberAt += web.Members.Length;
            webs[w] = default;
        }
        starts[totals.Length] = memberAt;
        RelationTotal = totals;
        RelationStart = starts;
        RelationMembers = members;
        WebRelationStart = relationStarts;
        BuildCellRelations();
    }

    private readonly record struct WebRelations(int[] Totals, int[] Starts, int[] Members);

    /// <summary>
    /// One indicator's relations. A total differs from its part in one coordinate: a parent
    /// territory's cell is searched in the indicator's run of keys, an activity's, a
    /// nomenclature's or a characteristic's in the part's own territory run (a few hundred keys).
    /// </summary>
    private WebRelations WebRelationsOf(int w, Func<int, int, (int Parent, Partition Partition)[]> territoryParents)
    {
        int from = WebStart[w], to = WebStart[w + 1];
        var codes = Context.Codes;
        if (!codes.IndicatorAt(CellKey.IndicatorOf(Keys[from])).Published)
            return new WebRelations([], [], []);
        // One long per link, sorted as numbers: the relations come out grouped by (total, partition)
        // with their parts in index order, at the cost of one primitive sort.
        var links = new List<long>((to - from) * 3);
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
                Link(links, from, Find((key with { Territory = parent }).Packed, from, to), partition, i);
            if (Context.Activities.ParentOf(key.Activity) is { } activity)
                Link(links, from, Find((key with { Activity = activity.Parent }).Packed, runStart, runEnd), activity.Partition, i);
            if (codes.NomenclatureAt(key.Nomenclature).Parent is var nomenclature and >= 0)
                Link(links, from, Find((key with { Nomenclature = nomenclature }).Packed, runStart, runEnd), Partition.NomenclatureParts, i);
            if (key.Characteristic != 0)
                Link(links, from, Find((key with { Characteristic = 0 }).Packed, runStart, runEnd), (Partition)((int)Partition.CharacteristicCodes + codes.CharacteristicAt(key.Characteristic).TypeIndex), i);
        }
        var sorted = CollectionsMarshal.AsSpan(links);
        sorted.Sort();
        var totals = new List<int>();
        var starts = new List<int>();
        var members = new int[sorted.Length];
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
        return new WebRelations([.. totals], [.. starts], members);
    }

    /// <summary>A link, its cells numbered from the web's first cell <paramref name="from"/>; none when the total is absent (-1).</summary>
    private static void Link(List<long> links, int from, int parent, Partition partition, int child)
    {
        if (parent >= 0)
            links.Add(((((long)(parent - from) << PartitionBits) | (byte)partition) << PartBits) | (long)(child - from));
    }

    private void BuildCellRelations()
    {
        var counts = new int[Keys.Length + 1];
        for (var r = 0; r < RelationTotal.Length; r++)
        {
            counts[RelationTotal[r]]++;
            for (var m = RelationStart[r]; m < RelationStart[r + 1]; m++)
                counts[RelationMembers[m]]++;
        }
        var start = new int[Keys.Length + 1];
        for (var i = 0; i < Keys.Length; i++)
            start[i + 1] = start[i] + counts[i];
        var fill = (int[])start.Clone();
        var relations = new int[start[Keys.Length]];
        for (var r = 0; r < RelationTotal.Length; r++)
        {
            relations[fill[RelationTotal[r]]++] = r;
            for (var m = RelationStart[r]; m < RelationStart[r + 1]; m++)
                relations[fill[RelationMembers[m]]++] = r;
        }
        CellRelationStart = start;
        CellRelations = relations;
    }
}
