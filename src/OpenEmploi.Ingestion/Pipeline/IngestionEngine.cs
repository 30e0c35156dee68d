using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// What every ingestion operation (import, expiry, moderation) works on: the store, the
/// normaliser and verifier, and the de-duplication index rebuilt from the store. One engine per
/// operation, under the base's import lock: the index is single-writer.
/// </summary>
public sealed partial class IngestionEngine
{
    // Offers in the base that no ingestion produced (generated, posted): members of their own
    // source until a cluster of theirs changes, when they get a row of their own ("adopted").
    private readonly HashSet<MemberKey> _unadopted = [];
    private readonly Dictionary<string, SourceSettings> _sources;

    private IngestionEngine(
        IIngestionStore store, OffreNormaliser normaliser, OffreVerifier verifier, TimeProvider time,
        IngestionOptions options, IReadOnlyDictionary<string, SourceSettings> sources)
    {
        Store = store;
        Normaliser = normaliser;
        Verifier = verifier;
        Time = time;
        Options = options;
        _sources = new Dictionary<string, SourceSettings>(sources, StringComparer.Ordinal);
        Ids = new OfferIdAllocator([]);
        Index = new DuplicateIndex([], time);
    }

    public IIngestionStore Store { get; }
    public OffreNormaliser Normaliser { get; }
    public OffreVerifier Verifier { get; }
    public TimeProvider Time { get; }
    public IngestionOptions Options { get; }
    public IReadOnlyDictionary<string, SourceSettings> Sources => _sources;
    public DuplicateIndex Index { get; private set; }
    public OfferIdAllocator Ids { get; private set; }

    /// <summary>How long <see cref="LoadAsync"/> took, and how many members it loaded (docs/ingestion.md).</summary>
    public TimeSpan LoadTime { get; private set; }

    public int LoadedMembers { get; private set; }

    /// <summary>
    /// Members whose stored print <see cref="LoadAsync"/> could not use (none, another version, or
    /// boilerplate lines dropped otherwise): parsed, fingerprinted, and their print stored.
    /// </summary>
    public int RecomputedPrints { get; private set; }

    /// <summary>
    /// Pay of the live offers by ROME code and région, read while loading, for the fraud check's
    /// "pay far above the job's usual range" (F06). Cells with fewer than
    /// <see cref="SalaryDistribution.DefaultMinSample"/> offers fall back to the ROME code
    /// nationwide, then to nothing: on a young base the signal stays off.
    /// </summary>
    public ISalaryDistribution Salaries { get; private set; } = SalaryDistribution.FromOffers([]);

    /// <summary>
    /// Rebuilds the index from every ingested row that belongs or belonged (within the window) to
    /// a published offer, plus the base's offers no ingestion produced, each a member of its own
    /// source under its own id; and the id allocator from every id in the base.
    /// </summary>
    public static async Task<IngestionEngine> LoadAsync(
        IIngestionStore store, OffreNormaliser normaliser, OffreVerifier verifier, TimeProvider time,
        IngestionOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var started = time.GetTimestamp();
        var sources = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var engine = new IngestionEngine(store, normaliser, verifier, time, options ?? new IngestionOptions(), sources);
        // Each member comes with its stored print (migration 12) or, without one, its document
        // still serialised (parsed on every core by the index, kept as JSON there).
        var members = new List<StoredMemberDocument>();
        var keys = new HashSet<MemberKey>();
        var used = new List<string>();
        var salaries = new SalaryDistributionBuilder();
        await foreach (var row in store.StreamMemberRowsAsync(StoredPrint.Version, ct))
        {
            members.Add(new StoredMemberDocument(row.Document is null ? null : StoredDocument.Utf8(row.Document), row.SourceCode, row.SourceId,
                row.AppellationCode, row.Departement, row.Region, PosterOf(row.Poster), row.Siret, row.PublishedId,
                IngestionStatus.IsLive(row.Status) ? null : row.RemovedAt) { Print = row.Print, Tag = new PrintToSave(row.SourceCode, row.SourceId, null, row.Written, []) });
            keys.Add(new MemberKey(row.SourceCode, row.SourceId));
            used.Add(row.PublishedId);
        }
        await foreach (var offer in store.StreamUningestedMembersAsync(StoredPrint.Version, ct))
        {
            // Two offers with one source reference cannot be both members: the first stands.
            var key = new MemberKey(offer.Source, offer.SourceId ?? offer.Id);
            if (!keys.Add(key))
                continue;
            engine._unadopted.Add(key);
            var poster = offer.Source == Core.Offres.Sources.Plateforme ? PosterKind.Employer : PosterKind.Partner;
            members.Add(new StoredMemberDocument(offer.Json is null ? null : System.Text.Encoding.UTF8.GetBytes(offer.Json), offer.Source,
                offer.SourceId, offer.AppellationCode, offer.Departement, offer.Region, poster, null, offer.Id) { Print = offer.Print, Tag = new PrintToSave(offer.Source, key.Id, offer.Id, offer.Written, []) });
        }
        keys.Clear();
        keys.TrimExcess();
        await foreach (var id in store.StreamUsedIdsAsync(ct))
            used.Add(id);
        engine.Ids = new OfferIdAllocator(used);
        var dedup = new DedupOptions { NewOffreId = engine.Ids.Take, IsPlatformSource = engine.IsPlatformSource,
            Documents = new StoredMemberDocuments(engine), DeferDocuments = true };
        // The pay distribution and the texts of the live offers (fraud signals F06, F09) are learnt
        // from each member's facts: stored with its print, or computed while the index parses it.
        var recomputed = new List<(StoredMemberDocument Member, byte[] Print)>();
        engine.Index = DuplicateIndex.LoadDocuments(members, sources.Values.Select(s => s.Source), time, dedup, OffreVerifier.FactsOf,
            (member, facts) =>
            {
                verifier.LearnPublished(facts);
                salaries.Add(facts, member.Region);
            }, recomputed);
        // The prints the load had to compute are stored for the next session (the backfill of a
        // base without them, or after a version bump). Positions: the members list's own order.
        engine.RecomputedPrints = recomputed.Count;
        if (recomputed.Count > 0)
        {
            var prints = new List<PrintToSave>(recomputed.Count);
            foreach (var (member, print) in recomputed)
                prints.Add((PrintToSave)member.Tag! with { Print = print });
            recomputed.Clear();
            await store.SavePrintsAsync(prints, StoredPrint.Version, ct);
        }
        engine.LoadedMembers = members.Count;
        engine.Salaries = salaries.Build();
        engine.LoadTime = time.GetElapsedTime(started);
        return engine;
    }

    /// <summary>
    /// Registers a source stored since the engine was loaded (the web host creates one per posting
    /// application), so that an engine kept between operations need not be reloaded for it.
    /// </summary>
    public void AddSource(SourceSettings source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources[source.Code] = source;
        Index.AddSource(source.Source);
    }

    /// <summary>
    /// The platform's own sources: the built-in one and every source of kind platform (each
    /// posting application's). Their offers are published with origine "1", never as a partner's.
    /// </summary>
    public bool IsPlatformSource(string sourceCode) =>
        sourceCode == Core.Offres.Sources.Plateforme
        || (_sources.TryGetValue(sourceCode, out var source) && source.Kind == SourceSettings.Platform);

    public static PosterKind PosterOf(string poster) => poster switch
    {
        "employer" => PosterKind.Employer,
        "agency" => PosterKind.Agency,
        _ => PosterKind.Partner,
    };

    public static string PosterName(PosterKind poster) => poster switch
    {
        PosterKind.Employer => "employer",
        PosterKind.Agency => "agency",
        _ => "partner",
    };
}
