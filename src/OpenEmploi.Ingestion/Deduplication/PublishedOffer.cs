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
        DuplicateCluster cluster, IReadOnlyDictionary<string, Source> sources, DedupOptions options, Func<DedupMember, Offre> documentOf) =>
        Draft(cluster, sources, options) is { } draft ? Finish(draft, documentOf(draft.Canonical)) : null;

    /// <summary>
    /// Everything of the published document but the canonical member's whole document, which
    /// <see cref="Finish"/> takes: the pipeline reads the documents of a batch's offers together.
    /// </summary>
    public static PublishedDraft? Draft(DuplicateCluster cluster, IReadOnlyDictionary<string, Source> sources, DedupOptions options)
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
        return new PublishedDraft(canonical, cluster.PublishedId, created, updated > created ? updated : created,
            options.IsOwn(canonical.Key.Source), partenaires.Count == 0 ? null : partenaires);
    }

    /// <summary>The published document of <paramref name="draft"/>, given its canonical member's whole document.</summary>
    public static Offre Finish(PublishedDraft draft, Offre whole)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(whole);
        var document = OffreCopy.Shallow(whole);
        document.Id = draft.Id;
        document.DateCreation = draft.Created;
        document.DateActualisation = draft.Updated;
        document.OrigineOffre = new OrigineOffre
        {
            Origine = draft.Own ? "1" : "2",
            UrlOrigine = draft.Own ? null : whole.OrigineOffre?.UrlOrigine,
            Partenaires = draft.Partenaires,
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

/// <summary>
/// A published offer as <see cref="PublishedOffer.Draft"/> leaves it: its canonical member, its id,
/// its dates (earliest creation, latest update) and origin, its partners (null: none).
/// </summary>
internal sealed record PublishedDraft(
    DedupMember Canonical, string Id, DateTime Created, DateTime Updated, bool Own, List<Partenaire>? Partenaires);
