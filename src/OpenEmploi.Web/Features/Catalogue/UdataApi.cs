using System.Text.Json.Serialization;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>A dataset as udata's API (data.gouv.fr, /api/1/datasets/) writes it, for clients written against that API.</summary>
internal sealed record UdataDataset(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("organization")] UdataOrganization Organization,
    [property: JsonPropertyName("license")] string License,
    [property: JsonPropertyName("frequency")] string Frequency,
    [property: JsonPropertyName("last_update")] DateTimeOffset? LastUpdate,
    [property: JsonPropertyName("temporal_coverage")] string TemporalCoverage,
    [property: JsonPropertyName("spatial")] UdataSpatial Spatial,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("resources")] IReadOnlyList<UdataResource> Resources);

internal sealed record UdataOrganization([property: JsonPropertyName("name")] string Name);

internal sealed record UdataSpatial([property: JsonPropertyName("zones")] IReadOnlyList<string> Zones);

internal sealed record UdataChecksum(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);

internal sealed record UdataResource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("mime")] string Mime,
    [property: JsonPropertyName("filesize")] long FileSize,
    [property: JsonPropertyName("checksum")] UdataChecksum Checksum,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("last_modified")] DateTimeOffset LastModified,
    [property: JsonPropertyName("preview_url")] string? PreviewUrl);

internal sealed record UdataPage(
    [property: JsonPropertyName("data")] IReadOnlyList<UdataDataset> Data,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("page_size")] int PageSize,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("next_page")] string? NextPage,
    [property: JsonPropertyName("previous_page")] string? PreviousPage);

internal static class UdataApi
{
    public static UdataDataset Dataset(CatalogueDataset d, string baseUrl) => new(
        d.Slug, d.Slug, d.Title, d.Description, new UdataOrganization(d.Organisation), d.Licence.Id, d.Frequency.Code, d.Modified,
        d.TemporalCoverage, new UdataSpatial([d.SpatialCoverage]), d.Tags,
        baseUrl + CatalogueLinks.Dataset(d.Slug), baseUrl + CatalogueLinks.ApiDataset(d.Slug),
        [.. d.Resources.Select(r => new UdataResource(
            $"{d.Slug}/{r.Name}", r.Title, r.Description, r.Format, ResourceFormat.Of(r.Name).BareMediaType, r.Size,
            new UdataChecksum("sha256", r.Sha256), baseUrl + CatalogueLinks.Download(d.Slug, r.Name), r.Modified,
            r.HasPreview ? baseUrl + CatalogueLinks.Preview(d.Slug, r.Name) : null))]);
}
