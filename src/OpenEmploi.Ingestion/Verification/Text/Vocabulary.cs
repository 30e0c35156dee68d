using System.Collections.Frozen;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// Every word some rule cares about, folded and stemmed, with a dense id: the tokenizer looks each
/// token up once (folded form and stem), and patterns then compare integers. Words no rule knows
/// get id -1 and cost nothing further. Built while the rules register, then frozen.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<TermClass> _exactClasses = [];
    private readonly List<TermClass> _stemClasses = [];
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private TermClass[] _exact = [];
    private TermClass[] _stem = [];
    private bool _frozen;

    public int Count => _ids.Count;

    /// <summary>Id of an already folded (or folded and stemmed) string, created when new.</summary>
    public int Intern(string folded)
    {
        if (_ids.TryGetValue(folded, out var id))
            return id;
        if (_frozen)
            throw new InvalidOperationException("Vocabulaire figé : les règles s'enregistrent à la construction.");
        id = _ids.Count;
        _ids.Add(folded, id);
        _exactClasses.Add(TermClass.None);
        _stemClasses.Add(TermClass.None);
        return id;
    }

    /// <summary>
    /// Puts a word in a class, either as written (folded: "vendeuse" but not "vendeur") or by its
    /// stem (every plural and feminine form of it).
    /// </summary>
    public void AddClass(TermClass cls, string word, bool exact)
    {
        foreach (var folded in TokenizedText.FoldWords(word))
        {
            if (exact)
            {
                var id = Intern(folded);
                _exactClasses[id] |= cls;
            }
            else
            {
                var id = Intern(Stem(folded));
                _stemClasses[id] |= cls;
            }
        }
    }

    public void Freeze()
    {
        _lookup = _ids.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _exact = [.. _exactClasses];
        _stem = [.. _stemClasses];
        _frozen = true;
    }

    public int Lookup(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var id) ? id : -1;

    public TermClass Classes(int foldId, int stemId) =>
        (foldId >= 0 ? _exact[foldId] : TermClass.None) | (stemId >= 0 ? _stem[stemId] : TermClass.None);

    /// <summary>The search analyzer's light stemmer: plural and feminine undone (vendeuses → vendeur).</summary>
    public static string Stem(string folded)
    {
        if (folded.Length == 0 || char.IsAsciiDigit(folded[0]) || folded.Length > FrenchAnalyzer.MaxTermLength)
            return folded;
        Span<char> buffer = stackalloc char[folded.Length];
        folded.AsSpan().CopyTo(buffer);
        return new string(buffer[..FrenchStemmer.Stem(buffer)]);
    }
}
