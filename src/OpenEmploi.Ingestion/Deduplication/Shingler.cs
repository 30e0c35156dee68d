using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Turns text into the word 5-shingles MinHash and verification compare. Words are the search
/// analyser's terms (folded, stop words and "H/F" debris dropped, stemmed), so "Vendeuses" and
/// "vendeur", "l'hôtel" and "hotel" agree. Shingles never cross a sentence end: partners reorder
/// sentences, and a shingle spanning two of them would change when they do, while one inside a
/// sentence does not. A sentence of fewer than five words is one shingle of all its words (the
/// width is mixed into the hash, so a three-word sentence is no prefix of a longer shingle).
/// Reuses its buffers: one per thread.
/// </summary>
internal sealed class Shingler
{
    public const int Width = 5;

    private readonly TokenSink _sink;
    private ulong[] _words = new ulong[256];
    private ulong[] _shingles = new ulong[256];
    private int _wordCount;
    private int _shingleCount;

    public Shingler() => _sink = OnTerm;

    /// <summary>Word hashes added so far, in text order.</summary>
    public ReadOnlySpan<ulong> Words => _words.AsSpan(0, _wordCount);

    public int WordCount => _wordCount;

    /// <summary>Shingle hashes added so far, in text order, repeats included.</summary>
    public ReadOnlySpan<ulong> Shingles => _shingles.AsSpan(0, _shingleCount);

    public int ShingleCount => _shingleCount;

    public void Clear()
    {
        _wordCount = 0;
        _shingleCount = 0;
    }

    /// <summary>Adds one unit that is never split (a title).</summary>
    public void AddSentence(ReadOnlySpan<char> sentence)
    {
        var start = _wordCount;
        FrenchAnalyzer.Instance.Analyze(sentence, _sink);
        var n = _wordCount - start;
        if (n == 0)
            return;
        var k = Math.Min(Width, n);
        var words = _words;
        for (var i = start; i + k <= _wordCount; i++)
        {
            var hash = 0x2545F4914F6CDD1DUL ^ (ulong)k;
            for (var j = 0; j < k; j++)
                hash = Hashing.Combine(hash, words[i + j]);
            if (_shingleCount == _shingles.Length)
                Array.Resize(ref _shingles, _shingles.Length * 2);
            _shingles[_shingleCount++] = hash;
        }
    }

    /// <summary>Adds a line of normalised text, sentence by sentence.</summary>
    public void AddLine(ReadOnlySpan<char> line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // A sentence ends at . ! ? ; … followed by a space or the end: "1.5" or "bac+2." stay whole.
            if (line[i] is '.' or '!' or '?' or ';' or '…' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                AddSentence(line[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < line.Length)
            AddSentence(line[start..]);
    }

    /// <summary>The distinct shingles, ascending (sorted in place; valid until the next Add).</summary>
    public ReadOnlySpan<ulong> DistinctShingles()
    {
        var span = _shingles.AsSpan(0, _shingleCount);
        span.Sort();
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (count == 0 || span[i] != span[count - 1])
                span[count++] = span[i];
        }
        _shingleCount = count;
        return span[..count];
    }

    private void OnTerm(ReadOnlySpan<char> term, int position)
    {
        if (_wordCount == _words.Length)
            Array.Resize(ref _words, _words.Length * 2);
        _words[_wordCount++] = Hashing.Chars(term);
    }
}
