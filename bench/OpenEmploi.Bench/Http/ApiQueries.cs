using System.Buffers;
using OpenEmploi.Bench.Search;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Bench.Http;

/// <summary>
/// The search benchmark's query mix as request paths of the offers API: the query string
/// <see cref="QueryMix.Describe"/> gives, every value URL-escaped, with the window the caller asks.
/// </summary>
internal static class ApiQueries
{
    public const string SearchPath = "/partenaire/offresdemploi/v2/offres/search";

    // What the API accepts in a keyword besides letters and digits (offres-api-v2.md, motsCles).
    private static readonly SearchValues<char> KeywordPunctuation = SearchValues.Create("@#$%^&+./-\" ");

    /// <summary>
    /// One path per query of the mix, asking the window 0 – <paramref name="results"/> − 1. A keyword
    /// with a character the API refuses (the mix has "agent d'entretien": the API, like France
    /// Travail's, refuses apostrophes) is sent with a space instead, as a client of the API must;
    /// <paramref name="adapted"/> counts those queries.
    /// </summary>
    public static string[] Paths(IReadOnlyList<(string Kind, SearchQuery Query)> mix, int results, out int adapted)
    {
        var paths = new string[mix.Count];
        adapted = 0;
        for (var i = 0; i < mix.Count; i++)
        {
            var query = mix[i].Query;
            var keywords = query.Keywords.Select(ApiKeyword).ToList();
            if (!keywords.SequenceEqual(query.Keywords, StringComparer.Ordinal))
                adapted++;
            query = query with { Keywords = keywords, Start = 0, End = results - 1 };
            paths[i] = SearchPath + "?" + Escape(QueryMix.Describe(query));
        }
        return paths;
    }

    /// <summary>The keyword with every character the API refuses replaced by a space.</summary>
    public static string ApiKeyword(string keyword) =>
        string.Create(keyword.Length, keyword, static (span, k) =>
        {
            for (var i = 0; i < k.Length; i++)
            {
                var c = k[i];
                span[i] = char.IsLetter(c) || char.IsAsciiDigit(c) || KeywordPunctuation.Contains(c) ? c : ' ';
            }
        });

    /// <summary>
    /// "motsCles=aide à domicile,vendeur&amp;sort=1" → "motsCles=aide%20%C3%A0%20domicile,vendeur&amp;sort=1":
    /// each value escaped, list commas kept (the API splits on them after unescaping either way).
    /// </summary>
    public static string Escape(string described) =>
        string.Join('&', described.Split('&').Select(parameter =>
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
                throw new FormatException($"Paramètre sans valeur : {parameter}");
            var values = parameter[(equals + 1)..].Split(',').Select(Uri.EscapeDataString);
            return Uri.EscapeDataString(parameter[..equals]) + "=" + string.Join(',', values);
        }));
}
