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
    private readonly Dictionary<long, int> _index;

    public DisclosureTable(CellTable table, StatisticsContext context, Func<int, int, (int Parent, Partition Partition)[]> territoryParents)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Keys = table.Cells.Select(c => c.Key).Order().ToArray();
        var count = Keys.Length;
        Sums = new CellSums[count];
        Publishable = new bool[count];
        Masks = new MaskReason?[count];
        Sensitive = new bool[count];
        Rank = new int[count];
        _index = new Dictionary<long, int>(count);
        for (var i = 0; i < count; i++)
        {
            _index[Keys[i]] = i;
            table.TryGet(CellKey.Unpack(Keys[i]), out Sums[i]);
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
        BuildRelations(territoryParents);
    }

    public StatisticsContext Context { get; }

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

    public int IndexOf(in CellKey key) => _index.TryGetValue(key.Packed, out var i) ? i : -1;

    /// <summary>Published and not masked: its value is known to every reader.</summary>
    public bool IsKnown(int cell) => Publishable[cell] && Masks[cell] is null;

    /// <summary>Must stay unknown: a masked published cell, or a hidden one that breaks a primary rule.</summary>
    public bool IsProtected(int cell) => Publishable[cell] ? Masks[cell] is not null : Sensitive[cell];

    /// <summary>Cells an index may hold: a link packs its total, partition and part in one long (26 + 10 + 27 bits).</summary>
    private const int MaxCells = 1 << 26;

    private void BuildRelations(Func<int, int, (int Parent, Partition Partition)[]> territoryParents)
    {
        if (Keys.Length >= MaxCells)
            throw new InvalidOperationException($"Trop de cellules pour le secret statistique ({Keys.Length:N0}, au plus {MaxCells:N0}).");
        var codes = Context.Codes;
        // One long per link, sorted as numbers: the relations come out grouped by (total, partition)
        // with their parts in index order, at the cost of one primitive sort (tens of millions of links nationally).
        var links = new List<long>(Keys.Length * 4);
        for (var i = 0; i < Keys.Length; i++)
        {
            var key = CellKey.Unpack(Keys[i]);
            if (!codes.IndicatorAt(key.Indicator).Published)
                continue;
            foreach (var (parent, partition) in territoryParents(key.Indicator, key.Territory))
                Link(links, key with { Territory = parent }, partition, i);
            if (Context.Activities.ParentOf(key.Activity) is { } activity)
                Link(links, key with { Activity = activity.Parent }, activity.Partition, i);
            if (codes.NomenclatureAt(key.Nomenclature).Parent is var nomenclature and >= 0)
                Link(links, key with { Nomenclature = nomenclature }, Partition.NomenclatureParts, i);
            if (key.Characteristic != 0)
                Link(links, key with { Characteristic = 0 }, (Partition)((int)Partition.CharacteristicCodes + codes.CharacteristicAt(key.Characteristic).TypeIndex), i);
        }
        var sorted = CollectionsMarshal.AsSpan(links);
        sorted.Sort();
        var totals = new List<int>();
        var starts = new List<int>();
        var members = new int[sorted.Length];
        for (var l = 0; l < sorted.Length; l++)
        {
            var group = sorted[l] >> 27;
            if (l == 0 || group != sorted[l - 1] >> 27)
            {
                totals.Add((int)(group >> 10));
                starts.Add(l);
            }
            members[l] = (int)(sorted[l] & ((1L << 27) - 1));
        }
        starts.Add(sorted.Length);
        RelationTotal = [.. totals];
        RelationStart = [.. starts];
        RelationMembers = members;
        BuildCellRelations();
    }

    private void Link(List<long> links, in CellKey parent, Partition partition, int child)
    {
        var p = IndexOf(parent);
        if (p >= 0)
            links.Add((((long)p << 10 | (long)(uint)partition) << 27) | (long)child);
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
