using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Ingestion.Verification.Pay;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// One offer as the rules see it: its tokens, every rule's hits, facts shared by several rules
/// (equal-opportunity sentences, work-study contract, pay) and where violations go. One instance
/// per thread, reset for each offer.
/// </summary>
internal sealed class RuleContext
{
    private const int MaxPerRule = 4;

    private readonly List<Hit>[] _hits;
    private readonly List<bool> _eeoSentences = [];

    public RuleContext(Vocabulary vocabulary, int owners)
    {
        Text = new TokenizedText(vocabulary);
        _hits = new List<Hit>[owners];
        for (var i = 0; i < owners; i++)
            _hits[i] = [];
    }

    public TokenizedText Text { get; }

    public NormalisedOffer Offer { get; private set; } = null!;

    public Offre Offre => Offer.Offre;

    public DateTimeOffset Now { get; private set; }

    public List<Violation> Violations { get; } = [];

    /// <summary>Apprenticeship or professionalisation contract: the law sets age limits for them.</summary>
    public bool Alternance { get; set; }

    public PayFacts Pay { get; set; }

    /// <summary>Phone numbers, e-mail addresses and chat links of the raw record.</summary>
    public ContactFindings Contacts { get; set; }

    /// <summary>F09's template hash with the inputs it was computed from, when the fraud check computed it.</summary>
    public TemplateReading? Template { get; set; }

    public List<Hit>[] AllHits => _hits;

    public string? RomeCode => Offre.RomeCode ?? Offer.Raw.RomeCode;

    public void Reset(NormalisedOffer offer, DateTimeOffset now)
    {
        Offer = offer;
        Now = now;
        Text.Reset();
        foreach (var list in _hits)
            list.Clear();
        Violations.Clear();
        _eeoSentences.Clear();
        Alternance = false;
        Pay = default;
        Contacts = default;
        Template = null;
    }

    public List<Hit> HitsOf(Rule rule) => _hits[rule.Owner];

    public List<Hit> HitsOf(int owner) => _hits[owner];

    /// <summary>Marks a sentence as an equal-opportunity statement ("sans distinction d'âge, de sexe…").</summary>
    public void MarkEqualOpportunity(int sentence)
    {
        while (_eeoSentences.Count <= sentence)
            _eeoSentences.Add(false);
        _eeoSentences[sentence] = true;
    }

    /// <summary>Criteria named in an equal-opportunity statement are what the law asks, not conditions.</summary>
    public bool InEqualOpportunity(int token)
    {
        var s = Text[token].Sentence;
        return s < _eeoSentences.Count && _eeoSentences[s];
    }

    public bool RomeIn(params string[] prefixes)
    {
        var code = RomeCode;
        if (code is null)
            return false;
        foreach (var p in prefixes)
        {
            if (code.StartsWith(p, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>A word of <paramref name="words"/> among the <paramref name="before"/> tokens before and <paramref name="after"/> after, same sentence.</summary>
    public bool Near(int first, int last, int before, int after, WordSet words) =>
        Find(first, last, before, after, words, TermClass.None) >= 0;

    public bool NearClass(int first, int last, int before, int after, TermClass classes) =>
        Find(first, last, before, after, null, classes) >= 0;

    public int Find(int first, int last, int before, int after, WordSet? words, TermClass classes)
    {
        var sentence = Text[first].Sentence;
        for (var i = first - 1; i >= 0 && i >= first - before && Text[i].Sentence == sentence; i--)
        {
            if (Is(i, words, classes))
                return i;
        }
        for (var i = last + 1; i < Text.Count && i <= last + after && Text[i].Sentence == sentence; i++)
        {
            if (Is(i, words, classes))
                return i;
        }
        return -1;
    }

    /// <summary>Whether any token of the offer (or of one field kind) is in <paramref name="words"/>.</summary>
    public bool Anywhere(WordSet words, FieldKind? kind = null)
    {
        for (var i = 0; i < Text.Count; i++)
        {
            var k = Text.KindOf(Text[i].Field);
            // The title is read first: past it, a title-only search is over.
            if (kind == FieldKind.Title && k != FieldKind.Title)
                return false;
            if ((kind is null || k == kind) && words.Contains(Text[i]))
                return true;
        }
        return false;
    }

    public FieldKind KindOf(int token) => Text.KindOf(Text[token].Field);

    /// <summary>
    /// Whether a hit of <see cref="RuleSetup.Excluded"/> does shut the group out: "les femmes ne
    /// sont pas exclues" says the opposite (a negation before the exclusion word).
    /// </summary>
    public bool Excludes(Hit hit)
    {
        // "Pas réservé aux hommes", "pas uniquement aux habitants": a restriction denied.
        if ((Text[hit.First].Classes & TermClass.Negation) != 0)
        {
            // "Pas-de-Calais": a place name, not a negation.
            if (hit.First + 1 < Text.Count && (Text[hit.First + 1].Before & Gap.Hyphen) != 0 && (Text[hit.First + 1].Before & Gap.Space) == 0)
                return false;
            for (var i = hit.First + 1; i < hit.Last; i++)
            {
                if (Text.Folded(Text[i]) is "reserve" or "reserves" or "reservee" or "reservees" or "uniquement" or "exclusivement" or "seulement" or "que")
                    return false;
            }
        }
        if ((Text[hit.Last].Classes & TermClass.Exclusion) == 0)
            return true;
        for (var i = hit.First + 1; i < hit.Last; i++)
        {
            if ((Text[i].Classes & TermClass.Negation) != 0)
                return false;
        }
        return true;
    }

    public void Report(Rule rule, string message, int first = -1, int last = -1, RuleDecision? decision = null)
    {
        var excerpt = first >= 0 ? Text.Excerpt(first, last < first ? first : last) : null;
        var count = 0;
        foreach (var v in Violations)
        {
            if (v.Code != rule.Code)
                continue;
            // One reason per wording: the employer needs to see each offending phrase once.
            if (v.Excerpt == excerpt || ++count >= MaxPerRule)
                return;
        }
        var reason = excerpt is null ? $"{message} ({rule.Basis})" : $"« {excerpt} » : {message} ({rule.Basis})";
        Violations.Add(new Violation(rule.Code, decision ?? rule.Decision, reason, excerpt, rule.Basis));
    }

    /// <summary>A violation quoting a field rather than the text ("Mensuel de 1200.00 Euros").</summary>
    public void Report(Rule rule, string message, string excerpt, RuleDecision? decision = null)
    {
        foreach (var v in Violations)
        {
            if (v.Code == rule.Code && v.Excerpt == excerpt)
                return;
        }
        Violations.Add(new Violation(rule.Code, decision ?? rule.Decision, $"« {excerpt} » : {message} ({rule.Basis})", excerpt, rule.Basis));
    }

    private bool Is(int i, WordSet? words, TermClass classes) =>
        (words is not null && words.Contains(Text[i])) || (Text[i].Classes & classes) != 0;
}
