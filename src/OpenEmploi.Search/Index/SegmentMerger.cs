namespace OpenEmploi.Search.Index;

/// <summary>
/// Folds the delta into the base: the live documents of the base (in order) then those of the
/// delta become one new segment. Works on postings, never re-analysing text (the index keeps
/// none), so merging a million offers costs seconds, not a rebuild from the store.
/// </summary>
internal static class SegmentMerger
{
    public static Segment Merge(Segment @base, ulong[]? deleted, Segment delta) =>
        Merge([(@base, deleted), (delta, null)]);

    /// <summary>Concatenates the live documents of the parts, in order (also joins a parallel build).</summary>
    public static Segment Merge(IReadOnlyList<(Segment Segment, ulong[]? Deleted)> parts)
    {
        var capacity = 0;
        foreach (var (segment, _) in parts)
            capacity += segment.Count;
        var writer = new SegmentWriter(capacity);
        var maps = new int[parts.Count][];
        for (var i = 0; i < parts.Count; i++)
            maps[i] = CopyDocuments(writer, parts[i].Segment, parts[i].Deleted);
        // Parts in order: each value's and term's postings arrive in ascending new ids.
        for (var i = 0; i < parts.Count; i++)
        {
            CopyMulti(writer, parts[i].Segment.NiveauxFormation, maps[i], niveauFormation: true);
            CopyMulti(writer, parts[i].Segment.Permis, maps[i], niveauFormation: false);
        }
        for (var i = 0; i < parts.Count; i++)
            CopyPostings(writer, parts[i].Segment.Text, maps[i]);
        return writer.Finish();
    }

    private static int[] CopyDocuments(SegmentWriter writer, Segment segment, ulong[]? deleted)
    {
        var map = new int[segment.Count];
        var lengths = segment.Text.FieldLengths;
        for (var d = 0; d < segment.Count; d++)
        {
            if (deleted is not null && (deleted[d >> 6] & (1UL << d)) != 0)
            {
                map[d] = -1;
                continue;
            }
            var id = writer.AddDocument(DocRecord.From(segment, d, [], []));
            map[d] = id;
            for (var f = 0; f < Segment.FieldCount; f++)
                writer.SetFieldLength(id, f, lengths[(d * Segment.FieldCount) + f]);
        }
        return map;
    }

    private static void CopyMulti(SegmentWriter writer, MultiCodeColumn column, int[] map, bool niveauFormation)
    {
        for (var c = 0; c < column.Values.Length; c++)
        {
            foreach (var d in column.Posting(c))
            {
                if (map[d] >= 0)
                    writer.AddMultiValue(niveauFormation, map[d], column.Values[c]);
            }
        }
    }

    private static void CopyPostings(SegmentWriter writer, Postings postings, int[] map)
    {
        for (var t = 0; t < postings.Terms.Length; t++)
        {
            var term = -1;
            for (var p = postings.Starts[t]; p < postings.Starts[t + 1]; p++)
            {
                var d = map[postings.Docs[p]];
                if (d < 0)
                    continue;
                if (term < 0)
                    term = writer.InternTerm(postings.Terms[t]);
                writer.AddPosting(term, d, postings.Tfs[p]);
            }
        }
    }
}
