using System.Collections.Frozen;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Employer names as de-duplication compares them. Normalised: folded (case, accents, "-" and
/// "'" as spaces), "&amp;" read as "et", punctuation dropped, legal forms (SAS, SARL, EURL, SA…)
/// and a few connective words removed. Similarity: for each token of one name the best
/// Jaro-Winkler match among the other's tokens, averaged, taken in both directions and the lower
/// of the two kept (a symmetric Monge-Elkan). A typo or a reordering keeps a pair near 1;
/// "Boulangerie Martin" against "Boulangerie Durand" falls to about 0.8, and an extra distinctive
/// word ("Martin et Fils" against "Martin") is penalised, so 0.9 means "the same name".
/// </summary>
public static class EmployerName
{
    private static readonly FrozenSet<string> Dropped = FrozenSet.Create(StringComparer.Ordinal,
        // Legal forms as written with or without dots (S.A.S. folds to "s a s", removed letter by letter).
        "sa", "sas", "sasu", "sarl", "sarlu", "eurl", "snc", "sci", "scop", "scp", "scic", "scs", "sca", "sem",
        "spl", "gie", "selarl", "selas", "selafa", "ei", "eirl", "earl", "gaec", "ste", "societe", "cie",
        "s", "a", "r", "l", "u", "e",
        // Connective words that partners add or drop.
        "et", "de", "du", "des", "la", "le", "les", "d", "en");

    /// <summary>The distinctive tokens of a name, in order; empty for a missing or anonymous name.</summary>
    public static string[] Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return [];
        var folded = TextFolding.Fold(name.Replace("&", " et ", StringComparison.Ordinal));
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                var token = folded[start..i];
                if (!Dropped.Contains(token))
                    tokens.Add(token);
                start = -1;
            }
        }
        return [.. tokens];
    }

    public static double Similarity(string? a, string? b) => Similarity(Normalise(a), Normalise(b));

    /// <summary>Similarity of two normalised names (0 when either is empty: nothing to compare).</summary>
    public static double Similarity(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        return Math.Min(Directed(a, b), Directed(b, a));
    }

    private static double Directed(ReadOnlySpan<string> from, ReadOnlySpan<string> to)
    {
        var sum = 0.0;
        foreach (var token in from)
        {
            var best = 0.0;
            foreach (var other in to)
                best = Math.Max(best, JaroWinkler.Similarity(token, other));
            sum += best;
        }
        return sum / from.Length;
    }
}
