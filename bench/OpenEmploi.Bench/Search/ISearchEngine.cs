using OpenEmploi.Search.Query;

namespace OpenEmploi.Bench.Search;

/// <summary>One engine of the side-by-side search benchmark: the in-memory index or a SQL baseline.</summary>
internal interface ISearchEngine : IDisposable
{
    string Name { get; }

    /// <summary>Ids of the window in order, total count, and the requested facets' counts.</summary>
    SearchResult Search(SearchQuery query, DateTime now);
}
