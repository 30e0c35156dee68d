using System.Runtime.InteropServices;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Lays a built base segment out by département, then commune, then newest first. Most searches
/// are about a place (a département, a commune and its radius, keywords near a place): their
/// candidates become a few contiguous runs of doc ids, and the column reads of the per-document
/// loop hit consecutive memory instead of a random spread over the whole base (at one million
/// offers each of those reads was a cache miss; the search costs 2–6 times less by kind of query,
/// docs/benchmarks.md). Results do not depend on the layout: ties are broken by offer id.
/// The arrays are permuted in place, one at a time, so the reordering needs little more memory
/// than the segment itself. The background merge that folds the delta in appends the changed
/// offers at the end; the next start-up lays everything out again.
/// </summary>
internal static class PlaceOrder
{
    public static Segment Apply(Segment s)
    {
        var newToOld = Order(s);
        var n = s.Count;
        var oldToNew = new int[n];
        for (var i = 0; i < n; i++)
            oldToNew[newToOld[i]] = i;

        Permute(s.Ids, newToOld);
        for (var d = 0; d < n; d++)
            CollectionsMarshal.GetValueRefOrNullRef(s.DocById, s.Ids[d]) = d;
        var codes = new CodeColumn[s.Codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var column = s.Codes[i];
            Permute(column.Codes, newToOld);
            codes[i] = new CodeColumn(column.Values, column.Codes, n);
        }
        Renumber(s.NiveauxFormation.Starts, s.NiveauxFormation.Docs, null, oldToNew);
        Renumber(s.Permis.Starts, s.Permis.Docs, null, oldToNew);
        Renumber(s.Text.Starts, s.Text.Docs, s.Text.Tfs, oldToNew);
        PermuteRows(s.Text.FieldLengths, Segment.FieldCount, newToOld);
        Permute(s.CreationTicks, newToOld);
        Permute(s.Latitude, newToOld);
        Permute(s.Longitude, newToOld);
        Permute(s.SalaryPeriod, newToOld);
        Permute(s.SalaryMax, newToOld);
        Permute(s.SalaryBand, newToOld);
        Permute(s.WeeklyMinutes, newToOld);
        Permute(s.ContractMonths, newToOld);
        Permute(s.Experience, newToOld);
        Permute(s.ExperienceExige, newToOld);
        Permute(s.Origine, newToOld);
        Permute(s.Qualification, newToOld);
        Permute(s.TempsPlein, newToOld);
        Permute(s.Flags, newToOld);
        return new Segment
        {
            Count = n,
            Ids = s.Ids,
            DocById = s.DocById,
            Codes = codes,
            NiveauxFormation = s.NiveauxFormation,
            Permis = s.Permis,
            CreationTicks = s.CreationTicks,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            SalaryPeriod = s.SalaryPeriod,
            SalaryMax = s.SalaryMax,
            SalaryBand = s.SalaryBand,
            WeeklyMinutes = s.WeeklyMinutes,
            ContractMonths = s.ContractMonths,
            Experience = s.Experience,
            ExperienceExige = s.ExperienceExige,
            Origine = s.Origine,
            Qualification = s.Qualification,
            TempsPlein = s.TempsPlein,
            Flags = s.Flags,
            Text = s.Text,
        };
    }

    /// <summary>Old doc ids in their new order.</summary>
    private static int[] Order(Segment s)
    {
        var departements = Ranks(s[CodeField.Departement].Values);
        var communes = Ranks(s[CodeField.Commune].Values);
        var departement = s[CodeField.Departement].Codes;
        var commune = s[CodeField.Commune].Codes;
        var keys = new Key[s.Count];
        for (var d = 0; d < keys.Length; d++)
            keys[d] = new Key(departements[departement[d]], communes[commune[d]], s.CreationTicks[d], d);
        Array.Sort(keys, KeyComparer.Instance);
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = keys[i].Doc;
        return order;
    }

    /// <summary>Each code's rank in the ordinal order of its value ("" = absent, first).</summary>
    private static int[] Ranks(string[] values)
    {
        var sorted = new int[values.Length];
        for (var c = 0; c < sorted.Length; c++)
            sorted[c] = c;
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(values[a], values[b]));
        var ranks = new int[values.Length];
        for (var r = 0; r < sorted.Length; r++)
            ranks[sorted[r]] = r;
        return ranks;
    }

    private static void Permute<T>(T[] column, int[] newToOld)
    {
        var moved = new T[column.Length];
        for (var i = 0; i < moved.Length; i++)
            moved[i] = column[newToOld[i]];
        moved.CopyTo(column, 0);
    }

    private static void PermuteRows<T>(T[] rows, int width, int[] newToOld)
    {
        var moved = new T[rows.Length];
        for (var i = 0; i < newToOld.Length; i++)
            Array.Copy(rows, newToOld[i] * width, moved, i * width, width);
        moved.CopyTo(rows, 0);
    }

    /// <summary>Postings in CSR layout get their new doc ids, each list sorted again.</summary>
    private static void Renumber(int[] starts, int[] docs, uint[]? tfs, int[] oldToNew)
    {
        for (var p = 0; p < docs.Length; p++)
            docs[p] = oldToNew[docs[p]];
        for (var t = 0; t + 1 < starts.Length; t++)
        {
            var length = starts[t + 1] - starts[t];
            if (length < 2)
                continue;
            if (tfs is null)
                Array.Sort(docs, starts[t], length);
            else
                Array.Sort(docs, tfs, starts[t], length);
        }
    }

    private readonly record struct Key(int Departement, int Commune, long Creation, int Doc);

    private sealed class KeyComparer : IComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(Key a, Key b)
        {
            if (a.Departement != b.Departement)
                return a.Departement.CompareTo(b.Departement);
            if (a.Commune != b.Commune)
                return a.Commune.CompareTo(b.Commune);
            return a.Creation != b.Creation ? b.Creation.CompareTo(a.Creation) : a.Doc.CompareTo(b.Doc);
        }
    }
}
