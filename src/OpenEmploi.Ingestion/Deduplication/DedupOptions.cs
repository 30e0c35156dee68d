namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The thresholds of the de-duplication (docs/deduplication.md). Defaults are the specification's
/// (offer-quality.md); they are settings so that the evaluation set can show what moving one costs.
/// </summary>
public sealed record DedupOptions
{
    /// <summary>Overlap coefficient |A∩B| / min(|A|,|B|) at or above which two texts are one: catches shortened copies.</summary>
    public double OverlapThreshold { get; init; } = 0.8;

    /// <summary>Jaccard |A∩B| / |A∪B| at or above which two texts are one.</summary>
    public double JaccardThreshold { get; init; } = 0.6;

    /// <summary>Jaccard from which a pair with the same employer, title and place goes to moderation.</summary>
    public double PossibleDuplicateThreshold { get; init; } = 0.4;

    /// <summary>
    /// The overlap coefficient is trusted only when the smaller set has this many shingles: a
    /// two-sentence text is "contained" in too many others.
    /// </summary>
    public int MinOverlapShingles { get; init; } = 8;

    /// <summary>Employer name similarity (see <see cref="EmployerName"/>) from which two names are one employer.</summary>
    public double EmployerNameThreshold { get; init; } = 0.9;

    /// <summary>
    /// Overlap of the title terms under which two offers are different jobs even with one text
    /// (one template used for several jobs). "Vendeur" and "Vendeur en boulangerie H/F" share all
    /// of the shorter title; "Agent d'entretien" and "Agent de sécurité" only half.
    /// </summary>
    public double TitleOverlapThreshold { get; init; } = 0.6;

    /// <summary>Title overlap from which titles "match" for a possible duplicate.</summary>
    public double TitleMatchThreshold { get; init; } = 0.8;

    /// <summary>How long a removed offer stays a candidate: a repost within it joins its old cluster.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(60);

    public BoilerplateOptions Boilerplate { get; init; } = new();

    /// <summary>
    /// A fresh offer id, asked for only when a member must start a cluster of its own and its own
    /// offer id already names another cluster (a member split off by an update, a re-added first
    /// member). Without it such a case throws.
    /// </summary>
    public Func<string>? NewOffreId { get; init; }

    /// <summary>
    /// Whether a source code is one of the platform's own (employers' postings: the built-in
    /// source and each posting application's), whose offers are published with origine "1" and
    /// which is never listed as a partner. Without it only <see cref="Core.Offres.Sources.Plateforme"/> is.
    /// </summary>
    public Func<string, bool>? IsPlatformSource { get; init; }

    internal bool IsOwn(string sourceCode) =>
        IsPlatformSource?.Invoke(sourceCode) ?? string.Equals(sourceCode, Core.Offres.Sources.Plateforme, StringComparison.Ordinal);

    /// <summary>
    /// Where the index reads back the documents it does not keep: with a reader, a loaded member
    /// keeps only its fingerprint and a few fields, and a new one its document only until
    /// <see cref="DuplicateIndex.ReleaseDocuments"/>. Without one, every document stays in memory.
    /// </summary>
    public IMemberDocuments? Documents { get; init; }

    /// <summary>
    /// When true, the upserts that Add, Update and Remove report carry no document
    /// (<see cref="PublishedChange.Offre"/> null): the caller composes each offer's final state
    /// once, with <see cref="DuplicateIndex.Draft"/> and the documents it reads together (the
    /// pipeline does so when it takes a batch, reading a batch's documents from the store in one
    /// query instead of one per offer). False: composed at once, reading documents one by one.
    /// </summary>
    public bool DeferDocuments { get; init; }
}

/// <summary>When a line of a source's ads counts as its boilerplate (see <see cref="SourceBoilerplate"/>).</summary>
public sealed record BoilerplateOptions
{
    /// <summary>
    /// Share of the source's recent ads a line must appear in (N % of the specification). 10 %:
    /// boards rotate a few header and footer variants, each in a fraction of their ads; a job's
    /// own line is almost never in one ad in ten, and a generic one ("Poste à pourvoir
    /// immédiatement.") says nothing about which job it is anyway.
    /// </summary>
    public double Share { get; init; } = 0.1;

    /// <summary>Ads of the source needed before any line is called boilerplate: with three ads, every line is in a third.</summary>
    public int MinAds { get; init; } = 50;

    /// <summary>How many of the source's most recent ads the frequencies are counted over.</summary>
    public int RecentAds { get; init; } = 2000;
}
