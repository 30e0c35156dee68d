namespace OpenEmploi.Search.Analysis;

/// <summary>
/// Turns French text (offer titles, descriptions, ROME labels, queries) into index terms in one
/// pass, with no allocation: characters are folded through a table into a stack buffer and each
/// finished word is dropped, or stemmed in place and handed to the caller.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Folding: lower case, diacritics removed, œ → oe, æ → ae (Électricien = electricien).</item>
/// <item>Words are runs of letters or of digits; everything else separates them, so hyphens and
/// slashes split titles ("aide-soignant" → aide, soignant; "Chauffeur/Livreur" → chauffeur,
/// livreur) and letters and digits part ("35h" → 35, "bac+2" → bac, 2). Digits are kept as terms
/// and never stemmed.</item>
/// <item>Elisions (l' d' j' m' n' s' t' c' qu' lorsqu' puisqu' jusqu' quoiqu' quelqu' presqu',
/// with ' or ’) are dropped before the word.</item>
/// <item>Stop words (<see cref="FrenchStopWords"/>) are dropped, which also removes the "H/F",
/// "F/H", "(H-F)" gender markers and inclusive-writing endings such as "(se)" or "·e·s".</item>
/// <item>What remains is stemmed by <see cref="FrenchStemmer"/>.</item>
/// <item>Positions count emitted terms only (0, 1, 2… with no gaps for removed words), so "chef de
/// projet" and "chef projet" are both the adjacent pair chef, projet.</item>
/// <item>Words longer than <see cref="MaxTermLength"/> characters (URLs, hashes) are dropped.</item>
/// </list>
/// </remarks>
public sealed class FrenchAnalyzer
{
    public const int MaxTermLength = 40;

    public static FrenchAnalyzer Instance { get; } = new();

    private FrenchAnalyzer()
    {
    }

    /// <summary>
    /// Calls <paramref name="onToken"/> for each term, in text order. The span it receives is only
    /// valid during the call.
    /// </summary>
    public void Analyze(ReadOnlySpan<char> text, TokenSink onToken)
    {
        ArgumentNullException.ThrowIfNull(onToken);
        Span<char> word = stackalloc char[MaxTermLength];
        var length = 0;         // may exceed MaxTermLength: the word is then dropped whole
        var digits = false;     // the current word is a number
        var position = 0;
        foreach (var c in text)
        {
            var f = CharFolding.Fold(c);
            if (f > '9')
            {
                if (digits)
                {
                    Emit(word, length, digits, onToken, ref position);
                    length = 0;
                    digits = false;
                }
                if (length < MaxTermLength)
                    word[length] = f;
                length++;
            }
            else if (f is >= '0' and <= '9')
            {
                if (!digits)
                {
                    Emit(word, length, digits, onToken, ref position);
                    length = 0;
                    digits = true;
                }
                if (length < MaxTermLength)
                    word[length] = f;
                length++;
            }
            else if (f == CharFolding.Ignore)
            {
                // A combining accent of decomposed text: the word goes on.
            }
            else if (f == CharFolding.Separator || f == CharFolding.Apostrophe)
            {
                var elided = f == CharFolding.Apostrophe && !digits && length <= MaxTermLength
                    && FrenchStopWords.Elisions.Contains(word[..length]);
                if (!elided)
                    Emit(word, length, digits, onToken, ref position);
                length = 0;
                digits = false;
            }
            else
            {
                // œ, æ, ß: two letters.
                if (digits)
                {
                    Emit(word, length, digits, onToken, ref position);
                    length = 0;
                    digits = false;
                }
                var (first, second) = f switch
                {
                    CharFolding.LigatureOe => ('o', 'e'),
                    CharFolding.LigatureAe => ('a', 'e'),
                    _ => ('s', 's'),
                };
                if (length + 2 <= MaxTermLength)
                {
                    word[length] = first;
                    word[length + 1] = second;
                }
                length += 2;
            }
        }
        Emit(word, length, digits, onToken, ref position);
    }

    /// <summary>Analyses <paramref name="text"/> into a new list: for queries and tests, not for indexing.</summary>
    public List<string> AnalyzeToList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        Analyze(text, (term, _) => terms.Add(term.ToString()));
        return terms;
    }

    private static void Emit(Span<char> word, int length, bool digits, TokenSink onToken, ref int position)
    {
        if (length == 0 || length > MaxTermLength)
            return;
        var term = word[..length];
        if (!digits)
        {
            if (FrenchStopWords.IsStopWord(term))
                return;
            length = FrenchStemmer.Stem(term);
        }
        onToken(word[..length], position++);
    }
}
