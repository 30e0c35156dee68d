using System.Globalization;
using System.Text;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>What a visitor asks the catalogue: words, a tag, a format, a licence, a page.</summary>
public sealed record CatalogueQuery(string? Words, string? Tag, string? Format, string? Licence, int Page = 1, int PageSize = CatalogueQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;
}

/// <summary>A count of the datasets found that carry one value (a tag, a format, a licence).</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>One page of the datasets that match, the total, and the facets of every match (not of the page).</summary>
public sealed record CatalogueResults(
    IReadOnlyList<CatalogueDataset> Datasets, int Total, int Page, int PageSize,
    IReadOnlyList<FacetValue> Tags, IReadOnlyList<FacetValue> Formats, IReadOnlyList<FacetValue> Licences)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The open-data catalogue: every provider's datasets (reference data, the offers export, later the
/// statistics), found by words in their title, description, organisation and tags (accents and case
/// ignored), filtered by tag, format and licence. A few dozen datasets: searched in memory.
/// </summary>
public sealed class DataCatalogue(IEnumerable<IDatasetProvider> providers)
{
    public IReadOnlyList<CatalogueDataset> All() => [.. providers.SelectMany(p => p.Datasets()).OrderBy(d => d.Title, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true))];

    public CatalogueDataset? Find(string slug) => providers.SelectMany(p => p.Datasets()).FirstOrDefault(d => d.Slug == slug);

    public CatalogueResults Search(CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Fold(query.Words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matching = All().Where(d => words.All(word => Fold(Searchable(d)).Contains(word, StringComparison.Ordinal))).ToList();
        var filtered = matching
            .Where(d => string.IsNullOrEmpty(query.Tag) || d.Tags.Contains(query.Tag, StringComparer.Ordinal))
            .Where(d => string.IsNullOrEmpty(query.Format) || d.Formats.Contains(query.Format, StringComparer.Ordinal))
            .Where(d => string.IsNullOrEmpty(query.Licence) || d.Licence.Id == query.Licence)
            .ToList();
        var size = Math.Clamp(query.PageSize, 1, CatalogueQuery.MaxPageSize);
        // A page past the last (an old shared link) shows the last one.
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (filtered.Count + size - 1) / size));
        return new CatalogueResults(
            [.. filtered.Skip((page - 1) * size).Take(size)], filtered.Count, page, size,
            Facet(filtered.SelectMany(d => d.Tags), tag => tag),
            Facet(filtered.SelectMany(d => d.Formats), format => format.ToUpperInvariant()),
            Facet(filtered.Select(d => d.Licence.Id), id => CatalogueLicence.All.FirstOrDefault(l => l.Id == id)?.Title ?? id));
    }

    private static IReadOnlyList<FacetValue> Facet(IEnumerable<string> values, Func<string, string> label) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetValue(g.Key, label(g.Key), g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];

    private static string Searchable(CatalogueDataset d) =>
        string.Join(' ', [d.Title, d.Description, d.Organisation, .. d.Tags, .. d.Resources.Select(r => r.Title)]);

    /// <summary>Lower case without accents: « Métiers » and « metiers » find the same datasets.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return folded.ToString();
    }
}
