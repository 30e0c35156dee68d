using System.Buffers;

namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// motsCles: at most 7 comma-separated keywords, each at least 2 characters once the spaces around
/// it are dropped, made of letters (accented ones included), digits, spaces and @#$%^&amp;+./-".
/// Anything else (an apostrophe, an underscore, an empty keyword as in "java,,sql") is refused
/// rather than stripped: the contract lists the characters, and a silently altered keyword would
/// search for something the client did not ask.
/// </summary>
internal static class KeywordsParameter
{
    public const int MaxKeywords = 7;
    public const int MinLength = 2;

    private static readonly SearchValues<char> Punctuation = SearchValues.Create("@#$%^&+./-\" ");

    public static IReadOnlyList<string> Read(QueryReader reader)
    {
        if (reader.Value("motsCles") is not { } value)
            return [];
        var parts = value.Split(',');
        if (parts.Length > MaxKeywords)
            return Fail(reader);
        var keywords = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var keyword = part.Trim(' ');
            if (keyword.Length < MinLength || !IsAllowed(keyword))
                return Fail(reader);
            keywords.Add(keyword);
        }
        return keywords;
    }

    private static bool IsAllowed(string keyword)
    {
        foreach (var c in keyword)
        {
            if (!char.IsLetter(c) && !char.IsAsciiDigit(c) && !Punctuation.Contains(c))
                return false;
        }
        return true;
    }

    private static string[] Fail(QueryReader reader)
    {
        reader.Fail(ParameterErrors.MotsClesFormat);
        return [];
    }
}
