using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Search.Analysis;

/// <summary>
/// Job-title knowledge from the ROME: which métiers a query names through any of their
/// appellations ("programmeur" → M1805 even when the offer's title says "Développeur"). Built once
/// from the ~13,000 appellation labels (long and short forms) and the métier labels, analysed with
/// <see cref="FrenchAnalyzer"/>, so both gender forms of a label are one set of terms.
/// </summary>
public sealed class JobTitleSynonyms
{
    public const int MaxCodes = 20;

    private readonly Label[] _labels;
    private readonly Dictionary<string, int[]> _labelsByTerm;
    private readonly Dictionary<string, string> _parentByCode;

    // Most queries are one word: their answers are kept, bounded by the labels' vocabulary.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _singleTermCodes = new(StringComparer.Ordinal);

    private JobTitleSynonyms(Label[] labels, Dictionary<string, int[]> labelsByTerm, Dictionary<string, string> parentByCode)
    {
        _labels = labels;
        _labelsByTerm = labelsByTerm;
        _parentByCode = parentByCode;
    }

    public static JobTitleSynonyms Build(ReferenceData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var analyzer = FrenchAnalyzer.Instance;
        var labels = new List<Label>(30_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string text, string codeRome)
        {
            var terms = analyzer.AnalyzeToList(text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            // One entry per distinct (code, terms): long and short forms often analyse alike.
            if (terms.Length > 0 && seen.Add(codeRome + ":" + string.Join(' ', terms)))
                labels.Add(new Label(terms, codeRome));
        }
        foreach (var metier in data.Rome.Metiers)
            Add(metier.Libelle, metier.CodeRome);
        foreach (var appellation in data.Rome.Appellations)
        {
            Add(appellation.Libelle, appellation.CodeRome);
            Add(appellation.LibelleCourt, appellation.CodeRome);
        }

        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            foreach (var term in labels[i].Terms)
            {
                if (!byTerm.TryGetValue(term, out var ids))
                    byTerm[term] = ids = [];
                ids.Add(i);
            }
        }
        var parents = data.Rome.Metiers
            .Where(m => !string.Equals(m.CodeRomeParent, m.CodeRome, StringComparison.Ordinal))
            .ToDictionary(m => m.CodeRome, m => m.CodeRomeParent, StringComparer.Ordinal);
        return new JobTitleSynonyms(
            [.. labels],
            byTerm.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            parents);
    }

    /// <summary>
    /// The ROME codes of the labels that contain all <paramref name="analysedTerms"/> (terms from
    /// <see cref="FrenchAnalyzer"/>), at most <see cref="MaxCodes"/>, most specific first: codes
    /// whose best label has the fewest terms beyond the query's (an exact label match first), then
    /// codes matched by more labels, then code order. The parent fiche of a matched métier
    /// (M1855 "Développeur web" → M1805) follows the direct matches of the same specificity, since
    /// offers are often coded with the parent. Empty when any term appears in no label.
    /// </summary>
    public IReadOnlyList<string> RomeCodesFor(IReadOnlyList<string> analysedTerms)
    {
        ArgumentNullException.ThrowIfNull(analysedTerms);
        if (analysedTerms.Count == 1)
        {
            return _labelsByTerm.ContainsKey(analysedTerms[0])
                ? _singleTermCodes.GetOrAdd(analysedTerms[0], static (term, self) => self.Compute([term]), this)
                : [];
        }
        var query = analysedTerms.Distinct(StringComparer.Ordinal).ToArray();
        return query.Length == 0 ? [] : Compute(query);
    }

    private ReadOnlyCollection<string> Compute(string[] query)
    {
        // Walk the rarest term's labels and check the others in them.
        int[]? rarest = null;
        foreach (var term in query)
        {
            if (!_labelsByTerm.TryGetValue(term, out var ids))
                return ReadOnlyCollection<string>.Empty;
            if (rarest is null || ids.Length < rarest.Length)
                rarest = ids;
        }

        var matches = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var id in rarest!)
        {
            var label = _labels[id];
            if (!ContainsAll(label.Terms, query))
                continue;
            var extra = label.Terms.Length - query.Length;
            matches[label.CodeRome] = matches.TryGetValue(label.CodeRome, out var m)
                ? new Match(Math.Min(m.Extra, extra), Parent: false, m.Labels + 1)
                : new Match(extra, Parent: false, 1);
        }

        foreach (var (code, match) in matches.ToArray())
        {
            if (_parentByCode.TryGetValue(code, out var parent)
                && (!matches.TryGetValue(parent, out var existing) || (existing.Parent && existing.Extra > match.Extra)))
            {
                matches[parent] = match with { Parent = true, Labels = 0 };
            }
        }

        return matches
            .OrderBy(p => p.Value.Extra)
            .ThenBy(p => p.Value.Parent)
            .ThenByDescending(p => p.Value.Labels)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxCodes)
            .Select(p => p.Key)
            .ToArray()
            .AsReadOnly();
    }

    private static bool ContainsAll(string[] sortedTerms, string[] query)
    {
        foreach (var term in query)
        {
            if (Array.BinarySearch(sortedTerms, term, StringComparer.Ordinal) < 0)
                return false;
        }
        return true;
    }

    private sealed record Label(string[] Terms, string CodeRome);

    private readonly record struct Match(int Extra, bool Parent, int Labels);
}
