namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> from a table:
/// the platform lower-cases the ASCII start of a text itself, then hands the rest to ICU from the
/// first other character on — nearly every French description, whose first accent comes early
/// (ICU was about half of <see cref="DedupText.Normalise"/>). The invariant lower case is a
/// mapping of each code point on its own (no context, no change of length), so a table of the
/// platform's own lower case of every character of the basic plane gives the same text; a text
/// with a surrogate (a character beyond that plane, emoji) is left to the platform whole.
/// </summary>
internal static class InvariantLowerCase
{
    private static readonly Lazy<char[]> Table = new(Build);

    /// <summary>Writes the lower case of <paramref name="source"/> into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
            throw new ArgumentException("Destination plus courte que le texte.", nameof(destination));
        char[]? table = null;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c < 0x80)
            {
                destination[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (char.IsSurrogate(c))
            {
                return source.ToLowerInvariant(destination);
            }
            else
            {
                table ??= Table.Value;
                destination[i] = table[c];
            }
        }
        return source.Length;
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            ReadOnlySpan<char> source = [c];
            source.ToLowerInvariant(one);
            table[i] = one[0];
        }
        return table;
    }
}
