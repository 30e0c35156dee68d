namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// All the rules' patterns indexed by their first item: a token only tries the few patterns that can
/// start with it (one array lookup by stem id, one by folded id, plus class- and number-led
/// patterns), so the text is scanned once whatever the number of patterns.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Pattern[]?[] _byStem;
    private readonly Pattern[]?[] _byExact;
    private readonly Pattern[][] _byClassBit;
    private readonly Pattern[] _byNumber;

    public PhraseMatcher(IReadOnlyList<Pattern> patterns, int vocabularySize, int owners)
    {
        Patterns = patterns;
        Owners = owners;
        var byStem = new List<Pattern>?[vocabularySize];
        var byExact = new List<Pattern>?[vocabularySize];
        var byClass = new List<Pattern>[32];
        var byNumber = new List<Pattern>();
        foreach (var p in patterns)
        {
            var first = p.Items[0];
            foreach (var id in first.Stems)
                (byStem[id] ??= []).Add(p);
            foreach (var id in first.Exacts)
                (byExact[id] ??= []).Add(p);
            for (var bit = 0; bit < 32; bit++)
            {
                if (((uint)first.Classes & (1u << bit)) != 0)
                    (byClass[bit] ??= []).Add(p);
            }
            if (first.Number)
                byNumber.Add(p);
        }
        _byStem = Array.ConvertAll(byStem, l => l?.ToArray());
        _byExact = Array.ConvertAll(byExact, l => l?.ToArray());
        _byClassBit = Array.ConvertAll(byClass, l => l?.ToArray() ?? []);
        _byNumber = [.. byNumber];
    }

    public IReadOnlyList<Pattern> Patterns { get; }

    public int Owners { get; }

    /// <summary>Adds every match to its owner's list (lists cleared by the caller).</summary>
    public void Match(TokenizedText text, List<Hit>[] hitsByOwner)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.StemId >= 0 && _byStem[t.StemId] is { } stemmed)
                TryAll(stemmed, tokens, i, hitsByOwner);
            if (t.FoldId >= 0 && _byExact[t.FoldId] is { } exact)
                TryAll(exact, tokens, i, hitsByOwner);
            // One list per class bit: a function word of the language check costs nothing here.
            for (var bits = (uint)t.Classes; bits != 0; bits &= bits - 1)
                TryAll(_byClassBit[System.Numerics.BitOperations.TrailingZeroCount(bits)], tokens, i, hitsByOwner);
            if (t.Kind == TokenKind.Number)
                TryAll(_byNumber, tokens, i, hitsByOwner);
        }
    }

    private static void TryAll(Pattern[] patterns, ReadOnlySpan<Token> tokens, int start, List<Hit>[] hits)
    {
        foreach (var p in patterns)
            TryOne(p, tokens, start, hits);
    }

    private static void TryOne(Pattern p, ReadOnlySpan<Token> tokens, int start, List<Hit>[] hits)
    {
        // The first item may list both a stem and a class the token has: match it once.
        var list = hits[p.Owner];
        if (list.Count > 0 && list[^1].Pattern == p.Id && list[^1].First == start)
            return;
        if (Match(p.Items, 0, tokens, start, start - 1, tokens[start].Sentence, out var last))
            list.Add(new Hit(p.Id, p.Tag, start, last));
    }

    private static bool Match(PatternItem[] items, int k, ReadOnlySpan<Token> tokens, int pos, int last, int sentence, out int end)
    {
        if (k == items.Length)
        {
            end = last;
            return true;
        }
        var item = items[k];
        if (item.MaxGap >= 0)
        {
            for (var skip = 0; skip <= item.MaxGap && pos + skip <= tokens.Length; skip++)
            {
                if (skip > 0 && tokens[pos + skip - 1].Sentence != sentence)
                    break;
                if (Match(items, k + 1, tokens, pos + skip, last, sentence, out end))
                    return true;
            }
            end = -1;
            return false;
        }
        if (pos < tokens.Length && tokens[pos].Sentence == sentence && item.Accepts(tokens[pos])
            && Match(items, k + 1, tokens, pos + 1, pos, sentence, out end))
            return true;
        if (item.Optional)
            return Match(items, k + 1, tokens, pos, last, sentence, out end);
        end = -1;
        return false;
    }
}
