using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>
/// What visitors find: approved services only, by audience, theme and words of their name and
/// description (accents and case ignored). The approved list is short: filtered in memory.
/// </summary>
internal sealed class ServiceSearch(IReuseServiceStore services)
{
    public async Task<IReadOnlyList<ReuseService>> FindAsync(string? words, string? audience, string? theme, CancellationToken ct)
    {
        var folded = DataCatalogue.Fold(words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var approved = await services.ListApprovedAsync(ct);
        return [.. approved
            .Where(s => string.IsNullOrEmpty(audience) || s.Audiences.Contains(audience, StringComparer.Ordinal))
            .Where(s => string.IsNullOrEmpty(theme) || s.Themes.Contains(theme, StringComparer.Ordinal))
            .Where(s => folded.Length == 0 || folded.All(DataCatalogue.Fold(s.Name + " " + s.Description).Contains))];
    }
}
