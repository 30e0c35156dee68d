using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Ingestion.Normalisation.Rome;

/// <summary>
/// Every way the ROME names a job (the long and short label of each appellation, their masculine
/// forms, and each métier's own label, which counts for its main appellation), analysed once with
/// the search's <see cref="FrenchAnalyzer"/> into term ids, with an inverted index and term weights.
/// Built at construction so that coding a title is a few array reads.
/// </summary>
internal sealed class RomeLabelIndex
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

    public RomeLabelIndex(RomeReferentiel rome)
    {
        var labels = new List<RomeLabel>(40_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<int>();
        void Add(string text, Appellation appellation, int priority)
        {
            terms.Clear();
            var expanded = JobTitles.Expand(text);
            FrenchAnalyzer.Instance.Analyze(expanded, (term, _) =>
            {
                var key = term.ToString();
                if (char.IsAsciiDigit(key[0]))
                    return;
                if (!_termIds.TryGetValue(key, out var id))
                    _termIds[key] = id = _termIds.Count;
                if (!terms.Contains(id))
                    terms.Add(id);
            });
            // One entry per distinct (appellation, wording): long and short forms are often the same
            // words, and the masculine form must keep its own wording for the tie-break.
            var wording = JobTitles.WordingKey(expanded);
            if (terms.Count > 0 && seen.Add(appellation.Code + ":" + wording))
                labels.Add(new RomeLabel([.. terms.Order()], terms[0], appellation, priority, wording));
        }

        foreach (var a in rome.Appellations)
        {
            // The generator and most employers write the masculine form alone ("Boulanger H/F"),
            // and some feminine forms stem apart (hôtesse): index both.
            // A short label is often a truncation that another appellation spells in full
            // ("Conducteur de transport routier de marchandises [dangereuses]"): full labels win ties.
            var priority = (a.Principale ? 2 : 0) + (a.PeuUsite ? 0 : 1);
            Add(a.Libelle, a, priority + 4);
            Add(JobTitles.Masculine(a.Libelle), a, priority + 4);
            Add(a.LibelleCourt, a, priority);
            Add(JobTitles.Masculine(a.LibelleCourt), a, priority);
            // Titles are often the acronym alone ("ATSEM", "ASH").
            if (JobTitles.Acronym(a.Libelle) is { } acronym)
                Add(acronym, a, priority);
        }
        foreach (var m in rome.Metiers)
        {
            if (rome.PrincipalAppellationOf(m.CodeRome) is { } main)
            {
                Add(m.Libelle, main, 4);
                Add(JobTitles.Masculine(m.Libelle), main, 4);
            }
        }

        Labels = [.. labels];
        var df = new int[_termIds.Count];
        foreach (var label in Labels)
        {
            foreach (var t in label.Terms)
                df[t]++;
        }
        // Inverse document frequency: a rare word ("boulanger") says more than a common one ("agent").
        Weights = new float[df.Length];
        for (var t = 0; t < df.Length; t++)
            Weights[t] = (float)Math.Log(1.0 + ((double)Labels.Length / df[t]));
        var postings = new List<int>[df.Length];
        for (var t = 0; t < df.Length; t++)
            postings[t] = new List<int>(df[t]);
        for (var i = 0; i < Labels.Length; i++)
        {
            var label = Labels[i];
            label.Weight = 0;
            foreach (var t in label.Terms)
            {
                postings[t].Add(i);
                label.Weight += Weights[t];
            }
        }
        Postings = [.. postings.Select(p => p.ToArray())];
        LabelWeights = [.. Labels.Select(l => l.Weight)];
        LabelHeads = [.. Labels.Select(l => l.Head)];
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        LabelCodes = [.. Labels.Select(l => codes.TryGetValue(l.Appellation.CodeRome, out var id) ? id : codes[l.Appellation.CodeRome] = codes.Count)];
        CodeIds = codes;
        TermIds = _termIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public RomeLabel[] Labels { get; }

    /// <summary>Weight of each term id.</summary>
    public float[] Weights { get; }

    // The scoring loop reads these flat arrays, not the label objects: one cache line serves
    // many labels, and only a label that may win is dereferenced.

    /// <summary>Total term weight of each label.</summary>
    public float[] LabelWeights { get; }

    /// <summary>Head term of each label.</summary>
    public int[] LabelHeads { get; }

    /// <summary>ROME code of each label, as an id of <see cref="CodeIds"/>.</summary>
    public int[] LabelCodes { get; }

    public Dictionary<string, int> CodeIds { get; }

    /// <summary>The labels containing each term id.</summary>
    public int[][] Postings { get; }

    /// <summary>Term id of an analysed (folded, stemmed) word, looked up without allocating.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TermIds { get; }
}

/// <summary>
/// One wording of an appellation: its distinct term ids (sorted); its head, the first term in
/// label order (French job titles put the job first: "Responsable de magasin"); its priority
/// between equal scores (full labels, main appellations, then those in current use); and its
/// words as <see cref="JobTitles.WordingKey"/> folds them, the first tie-break.
/// </summary>
internal sealed record RomeLabel(int[] Terms, int Head, Appellation Appellation, int Priority, string Wording)
{
    public float Weight { get; set; }
}
