namespace OpenEmploi.Search.Query;

/// <summary>The window of matching offer ids in order, the total count and the facet counts.</summary>
public sealed record SearchResult(
    IReadOnlyList<string> Ids,
    int Total,
    IReadOnlyList<FacetCounts> Facets);

/// <summary>Counts of one facet over the whole result set, largest first (ties by value).</summary>
public sealed record FacetCounts(FacetKind Kind, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, int Count);
