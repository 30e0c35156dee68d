using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen;

/// <summary>
/// Links métiers to plausible compétences. The ROME 4.0 export shipped in data/ has no
/// métier → compétence links, so they are inferred once by word overlap between the métier's
/// label and definition and each compétence's label, weighted by rarity (IDF): "Conducteur de
/// poids lourd" finds "Conduire un poids lourd". Métiers with too few matches borrow from the
/// other métiers of their domaine.
/// </summary>
internal static class CompetenceIndex
{
    private const int MaxPerMetier = 15;
    private const int MinPerMetier = 4;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "avec", "dans", "pour", "selon", "ainsi", "leur", "leurs", "entre", "sous", "dont", "cette", "afin",
        "aupres", "etre", "faire", "peut", "plus", "tout", "tous", "toute", "toutes", "autre", "autres",
        "type", "etc", "cela", "elle", "elles", "sont", "lors", "aussi", "chez", "vers", "hors", "sans",
    };

    public static Dictionary<string, CompetenceRome[]> Build(RomeReferentiel rome)
    {
        var competences = new List<CompetenceRome>();
        foreach (var c in rome.Competences)
        {
            if (!c.IsMacro && c.Categorie == "Savoir-faire")
                competences.Add(c);
        }

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lengths = new int[competences.Count];
        for (var i = 0; i < competences.Count; i++)
        {
            var tokens = Tokens(competences[i].Libelle);
            lengths[i] = Math.Max(1, tokens.Count);
            foreach (var t in tokens)
            {
                if (!postings.TryGetValue(t, out var list))
                    postings[t] = list = [];
                list.Add(i);
            }
        }
        var maxDf = Math.Max(50, competences.Count / 50);
        var scores = new double[competences.Count];
        var matches = new int[competences.Count];
        var touched = new List<int>();
        var result = new Dictionary<string, CompetenceRome[]>(StringComparer.Ordinal);

        foreach (var metier in rome.Metiers)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var t in Tokens(metier.Libelle))
                weights[t] = 3;
            if (metier.Definition is { } definition)
            {
                foreach (var t in Tokens(definition))
                    weights.TryAdd(t, 1);
            }
            foreach (var (token, weight) in weights)
            {
                if (!postings.TryGetValue(token, out var list) || list.Count > maxDf)
                    continue;
                var idf = Math.Log((double)competences.Count / list.Count);
                foreach (var i in list)
                {
                    if (scores[i] == 0)
                        touched.Add(i);
                    scores[i] += weight * idf;
                    matches[i]++;
                }
            }
            // Best first; ties broken by code so the table never depends on dictionary order.
            touched.Sort((a, b) =>
            {
                var byScore = (scores[b] / Math.Sqrt(lengths[b])).CompareTo(scores[a] / Math.Sqrt(lengths[a]));
                return byScore != 0 ? byScore : string.CompareOrdinal(competences[a].Code, competences[b].Code);
            });
            var best = new List<CompetenceRome>();
            foreach (var i in touched)
            {
                if (best.Count == MaxPerMetier)
                    break;
                // A single word in common is not enough of a link ("petite enfance" / "petites séries").
                if (matches[i] >= 2 && scores[i] >= 8)
                    best.Add(competences[i]);
            }
            foreach (var i in touched)
            {
                scores[i] = 0;
                matches[i] = 0;
            }
            touched.Clear();
            result[metier.CodeRome] = [.. best];
        }

        BorrowFromDomaine(rome, result);
        return result;
    }

    private static void BorrowFromDomaine(RomeReferentiel rome, Dictionary<string, CompetenceRome[]> result)
    {
        var byDomaine = new Dictionary<string, List<CompetenceRome>>(StringComparer.Ordinal);
        foreach (var m in rome.Metiers)
        {
            if (!byDomaine.TryGetValue(m.CodeDomaine, out var pool))
                byDomaine[m.CodeDomaine] = pool = [];
            foreach (var c in result[m.CodeRome])
            {
                if (pool.Count < 40 && !pool.Contains(c))
                    pool.Add(c);
            }
        }
        foreach (var m in rome.Metiers)
        {
            var own = result[m.CodeRome];
            if (own.Length >= MinPerMetier)
                continue;
            var merged = new List<CompetenceRome>(own);
            foreach (var c in byDomaine[m.CodeDomaine])
            {
                if (merged.Count >= MinPerMetier * 2)
                    break;
                if (!merged.Contains(c))
                    merged.Add(c);
            }
            result[m.CodeRome] = [.. merged];
        }
    }

    private static List<string> Tokens(string text)
    {
        var folded = FrenchText.RemoveDiacritics(text).ToLowerInvariant();
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsAsciiLetterLower(folded[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                var word = Stem(folded[start..i]);
                if (word.Length >= 4 && !StopWords.Contains(word) && !tokens.Contains(word))
                    tokens.Add(word);
                start = -1;
            }
        }
        return tokens;
    }

    private static string Stem(string word) =>
        word.Length > 4 && (word.EndsWith('s') || word.EndsWith('x')) ? word[..^1] : word;
}
