using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

/// <summary>
/// An employer's activity code as written ("6201Z", "62.01Z", "62.01 Z", "62 01 z") turned into
/// the NAF rév. 2 sous-classe the wire carries ("62.01Z"), with its division (secteurActivite).
/// A class that has a single sous-classe ("62.01") is that sous-classe; a bare division ("62")
/// only gives the sector.
/// </summary>
internal static class NafCodes
{
    public static (NafEntry? SousClasse, NafEntry? Division) Resolve(NafReferentiel naf, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return (null, null);
        Span<char> compact = stackalloc char[8];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || c is '.' or '-' or '_')
                continue;
            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c))
                return (null, null);
            compact[n++] = char.ToUpperInvariant(c);
        }
        var code = compact[..n];
        NafEntry? entry = null;
        if (n == 5 && IsDigits(code[..4]) && char.IsAsciiLetterUpper(code[4]))
            entry = naf.ByCode(string.Concat(code[..2], ".", code[2..]));
        else if (n == 4 && IsDigits(code))
        {
            var children = naf.ChildrenOf(string.Concat(code[..2], ".", code[2..]));
            entry = children.Count == 1 ? children[0] : null;
            if (entry is null && children.Count > 1)
                return (null, naf.AncestorAt(children[0].Code, NafLevel.Division));
        }
        else if (n == 2 && IsDigits(code))
            return (null, naf.ByCode(code.ToString()) is { Level: NafLevel.Division } division ? division : null);

        if (entry is not { Level: NafLevel.SousClasse })
            return (null, null);
        return (entry, naf.AncestorAt(entry.Code, NafLevel.Division));
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }
}
