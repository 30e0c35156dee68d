using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Deduplication;

// What the index holds, structure by structure, for the memory benchmark (docs/benchmarks.md).
public sealed partial class DuplicateIndex
{
    /// <summary>
    /// Bytes held per structure, counted from the arrays' lengths and the strings' lengths with
    /// the x64 runtime's layout (16-byte object header, arrays 24 bytes plus their elements, all
    /// rounded to 8) and the sizes of the fixed objects given by <paramref name="sizeOf"/>
    /// (measured by the caller by allocating them). Slow (walks every member): benchmarks only.
    /// </summary>
    internal IReadOnlyList<(string Structure, long Bytes)> Footprint(Func<Type, long> sizeOf)
    {
        long documents = 0, printObjects = 0, shingles = 0, bandKeys = 0, titleTerms = 0, members = 0, keyStrings = 0, clusters = 0;
        var seenClusters = new HashSet<DuplicateCluster>(ReferenceEqualityComparer.Instance);
        var strings = new HashSet<object>(ReferenceEqualityComparer.Instance);
        long sharedStrings = 0;
        void Shared(object? value, long bytes)
        {
            if (value is not null && strings.Add(value))
                sharedStrings += bytes;
        }
        foreach (var member in _byKey.Values)
        {
            // A held document is counted as its JSON would be (it is an object graph of about that size).
            documents += member.Document is { } document ? ArrayBytes(OffreJson.SerializeToUtf8(document).Length, 1) : 0;
            var print = member.Print;
            printObjects += sizeOf(typeof(Fingerprint));
            shingles += ArrayBytes(print.Shingles.Length, 4);
            bandKeys += ArrayBytes(print.BandKeys.Length, 4);
            titleTerms += ArrayBytes(print.TitleTerms.Length, 4);
            Shared(print.Employer, ArrayBytes(print.Employer.Length, 8));
            foreach (var value in (string?[])[.. print.Employer, print.Siret, print.Commune, print.PostalCode, print.Departement, print.Region, print.Contract,
                member.AppellationCode, member.Departement, member.Region, member.Key.Source])
                Shared(value, StringBytes(value));
            members += sizeOf(typeof(DedupMember));
            keyStrings += StringBytes(member.Key.Id) + (ReferenceEquals(member.OfferId, member.Key.Id) ? 0 : StringBytes(member.OfferId));
            if (seenClusters.Add(member.Cluster))
            {
                clusters += sizeOf(typeof(DuplicateCluster)) + sizeOf(typeof(List<DedupMember>)) + ArrayBytes(member.Cluster.Members.Capacity, 8)
                    + (ReferenceEquals(member.Cluster.PublishedId, member.OfferId) ? 0 : StringBytes(member.Cluster.PublishedId));
            }
        }
        // Dictionary<K, V>: an int bucket and an entry (hash, next, key, value) per capacity slot.
        var byKey = (long)_byKey.EnsureCapacity(0) * (4 + 8 + 16 + 8);
        var byId = (long)_clusters.Capacity * (4 + 8 + 8 + 8);
        var slots = ArrayBytes(_slots.Capacity, 8) + ArrayBytes(_communeOfSlot.Length, 4) + ArrayBytes(_resident.Capacity, 8);
        var pools = ((long)_codes.EnsureCapacity(0) * (4 + 8 + 8 + 8)) + ((long)_employers.EnsureCapacity(0) * (4 + 8 + 8 + 8));
        foreach (var name in _employers.Keys)
            pools += StringBytes(name);
        return
        [
            ("documents held (as their JSON)", documents),
            ("fingerprint objects", printObjects),
            ("shingle sets (uint[])", shingles),
            ("band keys (uint[32])", bandKeys),
            ("title terms (uint[])", titleTerms),
            ("shared codes and employer names (one instance each)", sharedStrings),
            ("pools of shared codes and names", pools),
            ("member objects", members),
            ("member keys' and own ids' strings", keyStrings),
            ("clusters (object, member list, published id when not the member's)", clusters),
            ("dictionary by member key", byKey),
            ("dictionary of clusters by id", byId),
            ("slot tables", slots),
            ("LSH lanes (heads and chains)", _candidates.Footprint()),
            ("boilerplate tables", _builder.Boilerplate.Footprint()),
        ];
    }

    internal static long ArrayBytes(long length, int elementSize) => Align(24 + (length * elementSize));

    internal static long StringBytes(string? value) => value is null ? 0 : Align(22 + (2L * value.Length));

    private static long Align(long bytes) => (bytes + 7) & ~7L;
}
