using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Ingestion.Normalisation.Rome;

/// <summary>A ROME appellation chosen for a title; <see cref="Score"/> is 1 when the title is one of its labels.</summary>
internal readonly record struct RomeMatch(Appellation Appellation, double Score);

/// <summary>The best appellation overall, and the best one of the code the source gave (to judge that code).</summary>
internal readonly record struct RomeMatches(RomeMatch? Best, RomeMatch? BestOfCode);

/// <summary>
/// Codes a job title against the ROME labels: the title's words are analysed like the search
/// does (folded, stop words and "H/F" dropped, plural and feminine stemmed), and each label that
/// shares a word is scored by weighted Jaccard similarity (weights favour rare words), with a
/// small bonus when the title and the label start with the same word, the head of a French job
/// title. Words that usually say the contract or the seniority ("CDI", "junior", "emploi") count
/// when a label has them ("Planneur junior", "Chargé de projet emploi") and are ignored when it
/// does not. Equal scores go to the label worded exactly as the title (the analyser drops "avec"
/// and "sans", which the ROME uses to tell jobs apart), then to full labels over short ones, then
/// to main appellations, then to those in current use. Thread-safe.
/// </summary>
internal sealed class RomeClassifier
{
    /// <summary>Below this, the title shares only weak words with any label: better no code than a wrong one.</summary>
    public const double MinScore = 0.34;

    private const float HeadBonus = 0.05f;

    // Scores closer than this are equal: the tie-breaks decide.
    private const float Epsilon = 1e-6f;

    // Words of titles that say the contract or the seniority, not the job.
    private static readonly string[] NoiseWords =
    [
        "cdi", "cdd", "interim", "interimaire", "alternance", "alternant", "apprentissage", "stage", "stagiaire",
        "urgent", "junior", "senior", "confirme", "experimente", "debutant", "temps", "partiel", "plein", "poste",
        "emploi", "offre", "homme", "femme", "hf", "fh", "x",
    ];

    /// <summary>
    /// Titles coded remembered: partner feeds repeat their titles (a generated 100,000-record feed
    /// has 28,421 distinct (title, code) pairs), and coding one walks the postings of each of its
    /// words. 32,768 entries of a title and its matches: a few megabytes whatever the feed's size.
    /// </summary>
    public const int MemoCapacity = 32_768;

    /// <summary>Titles longer than this are coded each time: a memo of long texts would hold their strings.</summary>
    public const int MemoMaxTitleLength = 256;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly RomeLabelIndex _index;
    private readonly bool[] _noise;
    private readonly BoundedMemo<TitleKey, RomeMatches> _memo = new(MemoCapacity);

    public RomeClassifier(RomeReferentiel rome)
    {
        _index = new RomeLabelIndex(rome);
        _noise = new bool[_index.Weights.Length];
        foreach (var word in NoiseWords)
        {
            foreach (var term in FrenchAnalyzer.Instance.AnalyzeToList(word))
            {
                if (_index.TermIds.TryGetValue(term, out var id))
                    _noise[id] = true;
            }
        }
    }

    /// <summary>
    /// The best appellation for <paramref name="title"/>, and the best of <paramref name="codeRome"/>'s
    /// when given: a pure function of the two, remembered for short titles (<see cref="MemoCapacity"/>).
    /// </summary>
    public RomeMatches Classify(string title, string? codeRome = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Length > MemoMaxTitleLength
            ? Score(title, codeRome)
            : _memo.GetOrAdd(new TitleKey(title, codeRome), this, static (key, self) => self.Score(key.Title, key.CodeRome));
    }

    /// <summary>Entries the memo holds now (tests).</summary>
    internal int MemoCount => _memo.Count;

    private RomeMatches Score(string title, string? codeRome)
    {
        title = JobTitles.Expand(title);
        var scratch = Prepare();
        var query = scratch.Query;
        query.Clear();
        FrenchAnalyzer.Instance.Analyze(title, scratch.Sink);
        if (query.Count == 0)
            return default;
        // The head is the first word that names the job, not "CDI" or "Urgent".
        var head = query[0];
        foreach (var t in query)
        {
            if (!_noise[t])
            {
                head = t;
                break;
            }
        }

        var weights = _index.Weights;
        var acc = scratch.Acc;
        var optional = scratch.Optional;
        var touched = scratch.Touched;
        var count = 0;
        var queryWeight = 0f;
        foreach (var t in query)
        {
            var w = weights[t];
            var noise = _noise[t];
            if (!noise)
                queryWeight += w;
            foreach (var l in _index.Postings[t])
            {
                if (acc[l] == 0)
                    touched[count++] = l;
                acc[l] += w;
                if (noise)
                    optional[l] += w;
            }
        }
        // Only contract or seniority words ("Stage", "Poste à pourvoir"): no job is named.
        if (queryWeight == 0)
        {
            for (var i = 0; i < count; i++)
                acc[touched[i]] = optional[touched[i]] = 0;
            return default;
        }

        var labelWeights = _index.LabelWeights;
        var labelHeads = _index.LabelHeads;
        var labelCodes = _index.LabelCodes;
        var code = codeRome is not null && _index.CodeIds.TryGetValue(codeRome, out var id) ? id : -1;
        int best = -1, bestOfCode = -1;
        float bestScore = 0, bestOfCodeScore = 0;
        string? wording = null;     // the title's wording key, folded on the first tie only
        for (var i = 0; i < count; i++)
        {
            var l = touched[i];
            var shared = acc[l];
            var sharedOptional = optional[l];
            acc[l] = 0;
            optional[l] = 0;
            // Weighted Jaccard where an optional word of the title is in the union only when the label has it.
            var score = shared / (queryWeight + labelWeights[l] - (shared - sharedOptional));
            if (labelHeads[l] == head)
                score += HeadBonus;
            if (score >= bestScore - Epsilon && Better(l, score, best, bestScore, title, ref wording))
                (best, bestScore) = (l, score);
            if (labelCodes[l] == code && score >= bestOfCodeScore - Epsilon && Better(l, score, bestOfCode, bestOfCodeScore, title, ref wording))
                (bestOfCode, bestOfCodeScore) = (l, score);
        }
        return new RomeMatches(Match(best, bestScore), Match(bestOfCode, bestOfCodeScore));
    }

    private bool Better(int label, float score, int best, float bestScore, string title, ref string? wording)
    {
        if (best < 0 || score > bestScore + Epsilon)
            return true;
        var labels = _index.Labels;
        wording ??= JobTitles.WordingKey(title);
        var exact = string.Equals(labels[label].Wording, wording, StringComparison.Ordinal);
        var bestExact = string.Equals(labels[best].Wording, wording, StringComparison.Ordinal);
        return exact != bestExact ? exact : labels[label].Priority > labels[best].Priority;
    }

    private RomeMatch? Match(int label, float score) =>
        label < 0 ? null : new RomeMatch(_index.Labels[label].Appellation, Math.Min(1.0, score));

    private Scratch Prepare()
    {
        var scratch = t_scratch ??= new Scratch();
        if (!ReferenceEquals(scratch.Owner, this))
        {
            scratch.Owner = this;
            scratch.Acc = new float[_index.Labels.Length];
            scratch.Optional = new float[_index.Labels.Length];
            scratch.Touched = new int[_index.Labels.Length];
            var query = scratch.Query;
            var ids = _index.TermIds;
            scratch.Sink = (term, _) =>
            {
                if (!char.IsAsciiDigit(term[0]) && ids.TryGetValue(term, out var id) && !query.Contains(id))
                    query.Add(id);
            };
        }
        return scratch;
    }

    private readonly record struct TitleKey(string Title, string? CodeRome);

    // One per thread: the score accumulator is as long as the label list, too big to allocate per title.
    private sealed class Scratch
    {
        public object? Owner { get; set; }

        public float[] Acc { get; set; } = [];

        public float[] Optional { get; set; } = [];

        public int[] Touched { get; set; } = [];

        public List<int> Query { get; } = new(16);

        public TokenSink Sink { get; set; } = static (_, _) => { };
    }
}
