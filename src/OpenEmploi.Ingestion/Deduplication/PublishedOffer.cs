using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The one offer a cluster publishes: the canonical member's document under the cluster's id,
/// with dateCreation the earliest of the live members, dateActualisation the latest, and every
/// partner source among them in origineOffre.partenaires (canonical source first). The platform
/// itself (its built-in source and the posting applications', <see cref="DedupOptions.IsPlatformSource"/>)
/// is not a partner: its presence shows as origine "1" when the canonical record is its own, and
/// urlOrigine is then left to the serving host (the portal's page of the offer).
/// </summary>
internal static class PublishedOffer
{
    /// <summary>Employer before agency before partner (PosterKind order), then the earliest, then the key.</summary>
    public static DedupMember? Canonical(DuplicateCluster cluster)
    {
        DedupMember? best = null;
        foreach (var member in cluster.Members)
        {
            if (member.Live && (best is null || Precedes(member, best)))
                best = member;
        }
        return best;
    }

    /// <summary>The published document; <paramref name="documentOf"/> gives the canonical member's whole document.</summary>
    public static Offre? Compose(
        DuplicateCluster cluster, IReadOnlyDictionary<string, Source> sources, DedupOptions options, Func<DedupMember, Offre> documentOf)
    {
        var canonical = Canonical(cluster);
        if (canonical is null)
            return null;
        var created = DateTime.MaxValue;
        var updated = DateTime.MinValue;
        var live = new List<DedupMember>(cluster.Members.Count);
        foreach (var member in cluster.Members)
        {
            if (!member.Live)
                continue;
            live.Add(member);
            created = member.Created < created ? member.Created : created;
            updated = member.Updated > updated ? member.Updated : updated;
        }
        // Canonical first, then the order in which the sources had the job.
        live.Sort((x, y) => ReferenceEquals(x, canonical) ? -1 : ReferenceEquals(y, canonical) ? 1 : ByAge(x, y));

        var partenaires = new List<Partenaire>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in live)
        {
            var code = member.Key.Source;
            if (options.IsOwn(code) || !seen.Add(code))
                continue;
            partenaires.Add(sources.TryGetValue(code, out var source)
                ? new Partenaire { Nom = source.Nom, Url = source.Url, Logo = source.Logo }
                : new Partenaire { Nom = code });
        }

        var whole = documentOf(canonical);
        var document = OffreCopy.Shallow(whole);
        document.Id = cluster.PublishedId;
        document.DateCreation = created;
        document.DateActualisation = updated > created ? updated : created;
        var own = options.IsOwn(canonical.Key.Source);
        document.OrigineOffre = new OrigineOffre
        {
            Origine = own ? "1" : "2",
            UrlOrigine = own ? null : whole.OrigineOffre?.UrlOrigine,
            Partenaires = partenaires.Count == 0 ? null : partenaires,
        };
        return document;
    }

    private static bool Precedes(DedupMember x, DedupMember y)
    {
        if (x.Poster != y.Poster)
            return x.Poster < y.Poster;
        return ByAge(x, y) < 0;
    }

    private static int ByAge(DedupMember x, DedupMember y)
    {
        var byDate = x.Created.CompareTo(y.Created);
        if (byDate != 0)
            return byDate;
        var bySource = string.CompareOrdinal(x.Key.Source, y.Key.Source);
        return bySource != 0 ? bySource : string.CompareOrdinal(x.Key.Id, y.Key.Id);
    }
}
