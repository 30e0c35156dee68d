using OpenEmploi.Search.Query;

namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// The outcome of reading a search query string: exactly one of <see cref="Query"/> and
/// <see cref="Error"/> is set; Error is the French message of the 400 body, byte for byte.
/// </summary>
internal readonly record struct ParsedSearch(SearchQuery? Query, string? Error)
{
    public static ParsedSearch Ok(SearchQuery query) => new(query, null);

    public static ParsedSearch Fail(string error) => new(null, error);
}
