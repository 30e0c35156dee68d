using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>What a rule may use while it registers: the pattern catalog, the vocabulary and the ROME.</summary>
internal sealed class RuleSetup(PatternCatalog catalog, RomeReferentiel? rome)
{
    public Vocabulary Vocabulary => catalog.Vocabulary;

    public RomeReferentiel? Rome => rome;

    public void Patterns(Rule rule, int tag, params string[] patterns) => catalog.Add(rule.Owner, tag, patterns);

    public void Patterns(int owner, int tag, params string[] patterns) => catalog.Add(owner, tag, patterns);

    /// <summary>A set of words tested against tokens by stem (or exactly for =word): contexts, exemptions.</summary>
    public WordSet Words(string words)
    {
        var stems = new List<int>();
        var exacts = new List<int>();
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var exact = w.StartsWith('=');
            foreach (var folded in TokenizedText.FoldWords(exact ? w[1..] : w))
            {
                if (exact || PatternCatalog.ExactWords.Contains(folded))
                    exacts.Add(Vocabulary.Intern(folded));
                else
                    stems.Add(Vocabulary.Intern(Vocabulary.Stem(folded)));
            }
        }
        return new WordSet([.. stems], [.. exacts]);
    }

    public void Class(TermClass cls, string words, bool exact)
    {
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            Vocabulary.AddClass(cls, w, exact);
    }
}

/// <summary>Words a rule looks for around a hit ("depuis", "expérience"…), compiled to vocabulary ids.</summary>
internal sealed class WordSet(int[] stems, int[] exacts)
{
    public bool Contains(in Token t) =>
        (t.StemId >= 0 && Array.IndexOf(stems, t.StemId) >= 0) || (t.FoldId >= 0 && Array.IndexOf(exacts, t.FoldId) >= 0);
}
