using System.Collections.Frozen;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// The words of one offer, read once: every field is folded character by character, cut into word,
/// number and symbol tokens that remember their original offsets and what separated them, and each
/// word is looked up (folded and stemmed) in the rules' vocabulary. Reused from offer to offer on
/// one thread, so that verifying allocates almost nothing.
/// </summary>
internal sealed partial class TokenizedText
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Elisions =
        // Not "jusqu": "jusqu'à 29 ans" is an age limit and the word must stay.
        FrozenSet.Create(StringComparer.Ordinal, "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "quoiqu", "presqu")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static TokenizedText? _foldScratch;

    private readonly Vocabulary? _vocabulary;
    private readonly List<string> _fields = [];
    private readonly List<FieldKind> _kinds = [];
    private Token[] _tokens = new Token[512];
    private char[] _chars = new char[4096];
    private int _charCount;
    private int _sentence = -1;

    public TokenizedText(Vocabulary? vocabulary)
    {
        _vocabulary = vocabulary;
    }

    public int Count { get; private set; }

    public int SentenceCount => _sentence + 1;

    public ref Token this[int index] => ref _tokens[index];

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    public FieldKind KindOf(int field) => _kinds[field];

    public string FieldText(int field) => _fields[field];

    public ReadOnlySpan<char> Folded(in Token token) => _chars.AsSpan(token.FoldOffset, token.FoldLength);

    /// <summary>The original text from token <paramref name="first"/> to token <paramref name="last"/> (same field).</summary>
    public string Excerpt(int first, int last)
    {
        ref var a = ref _tokens[first];
        ref var b = ref _tokens[last];
        var text = _fields[a.Field];
        var end = b.Field == a.Field ? b.End : text.Length;
        // A closing bracket belongs to the quote: "(H/F)" rather than "(H/F".
        if (end < text.Length && text[end] == ')' && text.AsSpan(a.Start, end - a.Start).Contains('('))
            end++;
        return text[a.Start..end];
    }

    public void Reset()
    {
        Count = 0;
        _charCount = 0;
        _sentence = -1;
        _fields.Clear();
        _kinds.Clear();
    }

    /// <summary>Folds <paramref name="text"/> into its words ("Vendeur(se) d'articles" → vendeur, se, articles).</summary>
    public static List<string> FoldWords(string text)
    {
        // Called for every label and pattern while the rules are set up (tens of thousands of
        // times a session): one scratch text per thread instead of 24 KB of new arrays each time.
        var scratch = _foldScratch ??= new TokenizedText(null);
        scratch.Reset();
        scratch.Add(FieldKind.Details, text);
        var words = new List<string>(scratch.Count);
        foreach (ref readonly var t in scratch.Tokens)
            words.Add(scratch.Folded(t).ToString());
        return words;
    }

    /// <summary>
    /// The classes of every word of a short text (an employer's name), without keeping tokens or
    /// allocating: "Proman Intérim Lyon" → Agency.
    /// </summary>
    public static TermClass ClassesOf(Vocabulary vocabulary, string? text)
    {
        var classes = TermClass.None;
        if (string.IsNullOrEmpty(text))
            return classes;
        Span<char> word = stackalloc char[FrenchAnalyzer.MaxTermLength];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var f = i < text.Length ? CharFold.Fold(text[i]) : CharFold.Separator;
            if (f > '9' && length < word.Length)
            {
                word[length++] = f;
            }
            else if (f == CharFold.Ligature && length + 2 <= word.Length)
            {
                (word[length], word[length + 1]) = CharFold.Expansion(text[i]);
                length += 2;
            }
            else if (f is CharFold.Separator or (>= '0' and <= '9') && length > 0)
            {
                var id = vocabulary.Lookup(word[..length]);
                classes |= vocabulary.Classes(id, -1);
                length = 0;
            }
        }
        return classes;
    }

    public void Add(FieldKind kind, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var field = _fields.Count;
        _fields.Add(text);
        _kinds.Add(kind);
        Scan(field, text);
    }

    private void Emit(int field, int start, int end, int foldOffset, TokenKind kind, double value, ref Gap gap)
    {
        var length = _charCount - foldOffset;
        if (kind == TokenKind.Word && (gap & Gap.Apostrophe) == 0 && IsElisionBefore(field, end, foldOffset, length))
        {
            // d', l', qu'… are dropped as the search analyzer drops them; the next token notes it.
            _charCount = foldOffset;
            gap |= Gap.Apostrophe;
            return;
        }
        if (Count == _tokens.Length)
            Array.Resize(ref _tokens, _tokens.Length * 2);
        if ((gap & (Gap.Sentence | Gap.Field)) != 0 || _sentence < 0)
            _sentence++;
        ref var t = ref _tokens[Count++];
        t.Field = field;
        t.Start = start;
        t.End = end;
        t.Sentence = _sentence;
        t.FoldOffset = foldOffset;
        t.FoldLength = length;
        t.Kind = kind;
        t.Value = value;
        t.Before = gap;
        t.FoldId = -1;
        t.StemId = -1;
        t.Classes = TermClass.None;
        gap = Gap.None;
        if (_vocabulary is null || length > FrenchAnalyzer.MaxTermLength)
            return;
        var folded = _chars.AsSpan(foldOffset, length);
        t.FoldId = _vocabulary.Lookup(folded);
        if (kind == TokenKind.Word)
        {
            Span<char> stem = stackalloc char[length];
            folded.CopyTo(stem);
            var stemLength = FrenchStemmer.Stem(stem);
            t.StemId = stemLength == length ? t.FoldId : _vocabulary.Lookup(stem[..stemLength]);
        }
        else
        {
            t.StemId = t.FoldId;
        }
        t.Classes = _vocabulary.Classes(t.FoldId, t.StemId);
        // "deux ans d'expérience", "contrat de quinze jours": a number written out is a number
        // (its word ids stay, for patterns that name it). Not "un"/"une", mostly articles.
        if (kind == TokenKind.Word && NumberWords.TryGetValue(folded, out var number))
        {
            t.Kind = TokenKind.Number;
            t.Value = number;
        }
    }

    private bool IsElisionBefore(int field, int end, int foldOffset, int length)
    {
        var text = _fields[field];
        return end < text.Length - 1 && text[end] is '\'' or '’' or '‘' or 'ʼ'
            && char.IsLetter(text[end + 1]) && Elisions.Contains(_chars.AsSpan(foldOffset, length));
    }

    private void Append(char c)
    {
        if (_charCount == _chars.Length)
            Array.Resize(ref _chars, _chars.Length * 2);
        _chars[_charCount++] = c;
    }
}
