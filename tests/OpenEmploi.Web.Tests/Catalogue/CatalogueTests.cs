using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Tests.Catalogue;

/// <summary>The open-data catalogue over HTTP: listing and filters, the API, downloads, previews and the offers export on both stores.</summary>
public sealed partial class CatalogueTests(CataloguePlatformFixture fixture) : IClassFixture<CataloguePlatformFixture>
{
    private static readonly string[] ReferenceSlugs =
        ["rome-4-0", "decoupage-administratif", "codes-postaux", "contours-departements-regions", "naf-rev-2",
         "referentiels-offres-emploi", "referentiels-openemploi", "referentiels-sirene"];

    [Fact]
    public async Task The_catalogue_page_lists_every_dataset_and_filters_by_words_tag_format_and_licence()
    {
        var client = (await fixture.StartAsync(StoreKind.Sqlite)).Client;

        var all = await client.GetStringAsync(new Uri("/donnees", UriKind.Relative));
        Assert.Contains("23 jeu(x) de données", all, StringComparison.Ordinal);
        // Ten a page, in title order: the reference and offers datasets are spread among the statistics' tables.
        var listed = DatasetLinks(all);
        Assert.Equal(10, listed.Count);
        foreach (var slug in ReferenceSlugs.Append(OffersDatasetProvider.Slug).Where(listed.Contains))
            Assert.Contains($"href=\"/donnees/{slug}\"", all, StringComparison.Ordinal);
        var api = await client.GetStringAsync(new Uri("/api/1/datasets/?page_size=100", UriKind.Relative));
        foreach (var slug in ReferenceSlugs.Append(OffersDatasetProvider.Slug))
            Assert.Contains($"\"slug\":\"{slug}\"", api, StringComparison.Ordinal);

        // Words without accents find accented text; every word must match.
        Assert.Equal(["rome-4-0"], DatasetLinks(await client.GetStringAsync(new Uri("/donnees?q=metiers+competences", UriKind.Relative))));
        Assert.Equal(["codes-postaux", "contours-departements-regions", "decoupage-administratif"],
            DatasetLinks(await client.GetStringAsync(new Uri("/donnees?tag=g%C3%A9ographie", UriKind.Relative))).Order(StringComparer.Ordinal));
        Assert.Equal(["contours-departements-regions"], DatasetLinks(await client.GetStringAsync(new Uri("/donnees?format=geojson", UriKind.Relative))));
        Assert.Equal(["referentiels-openemploi"], DatasetLinks(await client.GetStringAsync(new Uri("/donnees?licence=openemploi", UriKind.Relative))));
        Assert.Equal([OffersDatasetProvider.Slug], DatasetLinks(await client.GetStringAsync(new Uri("/donnees?format=csv.gz&tag=offres", UriKind.Relative))));
        var none = await client.GetStringAsync(new Uri("/donnees?q=astronomie", UriKind.Relative));
        Assert.Contains("0 jeu(x) de données trouvé(s)", none, StringComparison.Ordinal);
        Assert.Contains("Aucun jeu de données ne correspond", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dataset_api_pages_and_filters_like_udata()
    {
        var client = (await fixture.StartAsync(StoreKind.Sqlite)).Client;

        using var first = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/?page_size=4", UriKind.Relative)));
        Assert.Equal(23, first.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(4, first.RootElement.GetProperty("data").GetArrayLength());
        var next = first.RootElement.GetProperty("next_page").GetString()!;
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("previous_page").ValueKind);

        using var third = JsonDocument.Parse(await client.GetStringAsync(new Uri(new Uri(next).PathAndQuery.Replace("page=2", "page=6", StringComparison.Ordinal), UriKind.Relative)));
        Assert.Equal(3, third.RootElement.GetProperty("data").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, third.RootElement.GetProperty("next_page").ValueKind);

        using var filtered = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/?license=valeurs-factuelles", UriKind.Relative)));
        var dataset = Assert.Single(filtered.RootElement.GetProperty("data").EnumerateArray());
        Assert.Equal("referentiels-offres-emploi", dataset.GetProperty("slug").GetString());
        Assert.Equal("irregular", dataset.GetProperty("frequency").GetString());
        Assert.Equal(5, dataset.GetProperty("resources").GetArrayLength());

        using var one = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/rome-4-0/", UriKind.Relative)));
        Assert.Equal("France Travail", one.RootElement.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal("lov2", one.RootElement.GetProperty("license").GetString());
        using var missing = await client.GetAsync(new Uri("/api/1/datasets/inconnu/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Every_reference_file_downloads_whole_with_its_size_checksum_type_and_dates()
    {
        var client = (await fixture.StartAsync(StoreKind.Sqlite)).Client;
        var dataDirectory = ReferenceData.LocateDataDirectory();
        using var listing = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/?page_size=100", UriKind.Relative)));
        var files = 0;
        foreach (var dataset in listing.RootElement.GetProperty("data").EnumerateArray().Where(d => d.GetProperty("slug").GetString() != OffersDatasetProvider.Slug))
        {
            foreach (var resource in dataset.GetProperty("resources").EnumerateArray())
            {
                var url = new Uri(resource.GetProperty("url").GetString()!);
                using var response = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = await response.Content.ReadAsByteArrayAsync();
                var sha = Convert.ToHexStringLower(SHA256.HashData(body));
                var onDisk = Directory.EnumerateFiles(dataDirectory, Path.GetFileName(url.AbsolutePath), SearchOption.AllDirectories).Single();
                Assert.Equal(await File.ReadAllBytesAsync(onDisk), body);
                Assert.Equal(resource.GetProperty("checksum").GetProperty("value").GetString(), sha);
                Assert.Equal(resource.GetProperty("filesize").GetInt64(), response.Content.Headers.ContentLength);
                Assert.Equal($"\"{sha}\"", response.Headers.ETag!.Tag);
                Assert.NotNull(response.Content.Headers.LastModified);
                Assert.Equal(resource.GetProperty("mime").GetString(), response.Content.Headers.ContentType!.MediaType);
                Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
                files++;
            }
        }
        Assert.Equal(29, files);

        using var range = new HttpRequestMessage(HttpMethod.Get, "/donnees/rome-4-0/metiers.csv");
        range.Headers.Range = new RangeHeaderValue(0, 8);
        using var partial = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("code_rome", await partial.Content.ReadAsStringAsync());

        using var unknown = await client.GetAsync(new Uri("/donnees/rome-4-0/..%2F..%2Fappsettings.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_preview_shows_the_first_twenty_rows_only()
    {
        var client = (await fixture.StartAsync(StoreKind.Sqlite)).Client;
        var codes = File.ReadLines(Path.Combine(ReferenceData.LocateDataDirectory(), "rome", "metiers.csv")).Skip(1).Select(line => line[..5]).ToList();

        var html = await client.GetStringAsync(new Uri("/donnees/rome-4-0/apercu/metiers.csv", UriKind.Relative));

        Assert.Contains("<th scope=\"col\">code_rome</th>", html, StringComparison.Ordinal);
        Assert.Equal(ResourcePreview.MaxRows, BodyRows().Count(html));
        Assert.Contains($"<td>{codes[19]}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td>{codes[20]}</td>", html, StringComparison.Ordinal);
        Assert.Contains("le fichier en contient davantage", html, StringComparison.Ordinal);

        // A GeoJSON file's rows are its features' properties, not their geometry.
        var geojson = await client.GetStringAsync(new Uri("/donnees/contours-departements-regions/apercu/departements.geojson", UriKind.Relative));
        Assert.Contains("<th scope=\"col\">code</th>", geojson, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">nom</th>", geojson, StringComparison.Ordinal);
        Assert.Equal(ResourcePreview.MaxRows, BodyRows().Count(geojson));
        Assert.Contains("<td>Calvados</td>", geojson, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Cantal</td>", geojson, StringComparison.Ordinal);
        Assert.DoesNotContain("MultiPolygon", geojson, StringComparison.Ordinal);

        using var markdown = await client.GetAsync(new Uri($"/donnees/{OffersDatasetProvider.Slug}/apercu/{ExportFileNames.Methodology}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, markdown.StatusCode);
    }

    [Fact]
    public void The_preview_never_reads_past_its_rows()
    {
        // A file whose end is broken: a reader that went there would throw.
        var path = Path.Combine(Path.GetTempPath(), $"apercu-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                writer.Write("code,libelle\n");
                for (var i = 0; i < 100_000; i++)
                    writer.Write($"{i},ligne {i}\n");
                writer.Write("cassée,\"guillemet jamais fermé\n");
            }
            var resource = new CatalogueResource("apercu.csv", "t", "d", "csv", "text/csv", new FileInfo(path).Length, "", DateTimeOffset.UnixEpoch, path, PreviewKind.Csv);

            var table = ResourcePreview.Read(resource)!;

            Assert.Equal(["code", "libelle"], table.Columns);
            Assert.Equal(ResourcePreview.MaxRows, table.Rows.Count);
            Assert.Equal(["19", "ligne 19"], table.Rows[^1]);
            Assert.True(table.More);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_json_preview_reads_only_the_start_of_a_large_document()
    {
        // Far more than the preview reads, and broken at the end: a whole-file parse would throw.
        var path = Path.Combine(Path.GetTempPath(), $"apercu-{Guid.NewGuid():N}.geojson");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                writer.Write("{\"type\":\"FeatureCollection\",\"features\":[");
                for (var i = 0; i < 50_000; i++)
                    writer.Write($"{{\"type\":\"Feature\",\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{i},45]}},\"properties\":{{\"code\":\"{i}\",\"nom\":\"Lieu {i}\"}}}},");
                writer.Write("{\"cassé\":");
            }
            Assert.True(new FileInfo(path).Length > 2 * JsonArrayPreview.MaxBytes);
            var resource = new CatalogueResource("apercu.geojson", "t", "d", "geojson", "application/geo+json", new FileInfo(path).Length, "", DateTimeOffset.UnixEpoch, path, PreviewKind.JsonArray);

            var table = ResourcePreview.Read(resource)!;

            Assert.Equal(["code", "nom"], table.Columns);
            Assert.Equal(ResourcePreview.MaxRows, table.Rows.Count);
            Assert.Equal(["19", "Lieu 19"], table.Rows[^1]);
            Assert.True(table.More);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_offers_dataset_serves_the_latest_export_with_its_preview(StoreKind kind)
    {
        var client = (await fixture.StartAsync(kind)).Client;
        using var listing = JsonDocument.Parse(await client.GetStringAsync(new Uri("/donnees/offres/exports", UriKind.Relative)));
        var export = listing.RootElement.GetProperty("exports")[0];
        var csv = export.GetProperty("fichiers").EnumerateArray().Single(f => f.GetProperty("nom").GetString() == ExportFileNames.Csv);

        using var response = await client.GetAsync(new Uri($"/donnees/{OffersDatasetProvider.Slug}/{ExportFileNames.Csv}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(csv.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(body)));
        Assert.Equal(csv.GetProperty("taille").GetInt64(), response.Content.Headers.ContentLength);
        Assert.Equal("application/gzip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());

        var page = await client.GetStringAsync(new Uri($"/donnees/{OffersDatasetProvider.Slug}", UriKind.Relative));
        Assert.Contains("(200 offres)", page, StringComparison.Ordinal);
        Assert.Contains(csv.GetProperty("sha256").GetString()!, page, StringComparison.Ordinal);

        foreach (var file in new[] { ExportFileNames.Csv, ExportFileNames.JsonLines })
        {
            var preview = await client.GetStringAsync(new Uri($"/donnees/{OffersDatasetProvider.Slug}/apercu/{file}", UriKind.Relative));
            Assert.Contains("<th scope=\"col\">idAnonyme</th>", preview, StringComparison.Ordinal);
            Assert.Equal(ResourcePreview.MaxRows, BodyRows().Count(preview));
        }
    }

    [Fact]
    public async Task The_dcat_ap_export_describes_every_dataset_and_distribution()
    {
        var client = (await fixture.StartAsync(StoreKind.Sqlite)).Client;
        using var response = await client.GetAsync(new Uri(CatalogueLinks.DcatExport, UriKind.Relative));
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ld = new CompactJsonLd(document.RootElement);
        using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/1/datasets/?page_size=100", UriKind.Relative)));
        var expected = api.RootElement.GetProperty("data").EnumerateArray().ToDictionary(d => d.GetProperty("slug").GetString()!);

        Assert.Equal(Dcat + "Catalog", ld.Type(document.RootElement));
        var datasets = ld.All(document.RootElement, Dcat + "dataset").ToList();
        Assert.Equal(23, datasets.Count);
        var distributions = 0;
        foreach (var dataset in datasets)
        {
            Assert.Equal(Dcat + "Dataset", ld.Type(dataset));
            var slug = ld.One(dataset, Dct + "identifier").GetString()!;
            var source = expected[slug];
            Assert.Equal(source.GetProperty("title").GetString(), ld.One(dataset, Dct + "title").GetProperty("@value").GetString());
            Assert.StartsWith("http://publications.europa.eu/resource/authority/frequency/", ld.Id(ld.One(dataset, Dct + "accrualPeriodicity")), StringComparison.Ordinal);
            Assert.NotEmpty(ld.All(dataset, Dcat + "keyword"));
            var resources = source.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("url").GetString()!);
            var dist = ld.All(dataset, Dcat + "distribution").ToList();
            Assert.Equal(resources.Count, dist.Count);
            foreach (var distribution in dist)
            {
                Assert.Equal(Dcat + "Distribution", ld.Type(distribution));
                var resource = resources[ld.Id(ld.One(distribution, Dcat + "downloadURL"))];
                var size = ld.One(distribution, Dcat + "byteSize");
                Assert.Equal(resource.GetProperty("filesize").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), size.GetProperty("@value").GetString());
                Assert.Equal(Xsd + "nonNegativeInteger", ld.Expand(size.GetProperty("@type").GetString()!));
                Assert.StartsWith("http://publications.europa.eu/resource/authority/file-type/", ld.Id(ld.One(distribution, Dct + "format")), StringComparison.Ordinal);
                Assert.Equal("https://www.iana.org/assignments/media-types/" + resource.GetProperty("mime").GetString(), ld.Id(ld.One(distribution, Dcat + "mediaType")));
                Assert.StartsWith("http", ld.Id(ld.One(distribution, Dct + "license")), StringComparison.Ordinal);
                Assert.Equal(Xsd + "dateTime", ld.Expand(ld.One(distribution, Dct + "modified").GetProperty("@type").GetString()!));
                distributions++;
            }
        }
        Assert.Equal(33, distributions);
    }

    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    private static List<string> DatasetLinks(string html) =>
        [.. DatasetLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<h3 id=\"jeu-[^\"]+\"><a href=\"/donnees/([^\"]+)\">")]
    private static partial Regex DatasetLink();

    [GeneratedRegex("<tr>\\s*<td>")]
    private static partial Regex BodyRows();
}
