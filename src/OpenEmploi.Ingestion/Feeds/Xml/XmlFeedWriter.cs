using System.Text;
using System.Xml;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Feeds.Xml;

/// <summary>
/// Offers in the common job-board XML: &lt;jobs&gt;&lt;job&gt; with the first synonym of each
/// field, the description in CDATA as boards write it.
/// </summary>
internal sealed class XmlFeedWriter(FeedWriterOptions options) : IFeedWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
    };

    public FeedFormat Format => FeedFormat.Xml;

    public async Task WriteAsync(IAsyncEnumerable<OffreEntry> offers, Stream feed, CancellationToken ct = default)
    {
        await using var xml = XmlWriter.Create(feed, Settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "jobs", null).ConfigureAwait(false);
        await foreach (var entry in offers.WithCancellation(ct).ConfigureAwait(false))
            await WriteJobAsync(xml, entry, options.Extras?.Invoke(entry)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
    }

    private static async Task WriteJobAsync(XmlWriter xml, OffreEntry entry, FeedExtras? extras)
    {
        var offre = entry.Offre;
        var lieu = offre.LieuTravail;
        await xml.WriteStartElementAsync(null, "job", null).ConfigureAwait(false);
        await Element(xml, "id", offre.Id).ConfigureAwait(false);
        await Element(xml, "title", offre.Intitule).ConfigureAwait(false);
        if (offre.Description is { } description)
        {
            await xml.WriteStartElementAsync(null, "description", null).ConfigureAwait(false);
            await xml.WriteCDataAsync(description).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }
        await Element(xml, "company", offre.Entreprise?.Nom).ConfigureAwait(false);
        await Element(xml, "siret", extras?.Siret).ConfigureAwait(false);
        await Element(xml, "naf", offre.CodeNAF).ConfigureAwait(false);
        await Element(xml, "city", WireFields.City(lieu)).ConfigureAwait(false);
        await Element(xml, "postalcode", lieu?.CodePostal).ConfigureAwait(false);
        await Element(xml, "insee", lieu?.Commune).ConfigureAwait(false);
        await Element(xml, "department", WireFields.Departement(lieu)).ConfigureAwait(false);
        await Element(xml, "region", WireFields.Region(lieu)).ConfigureAwait(false);
        await Element(xml, "country", lieu is null ? null : "France").ConfigureAwait(false);
        await Element(xml, "latitude", lieu?.Latitude is { } latitude ? WireFields.Number(latitude) : null).ConfigureAwait(false);
        await Element(xml, "longitude", lieu?.Longitude is { } longitude ? WireFields.Number(longitude) : null).ConfigureAwait(false);
        await Element(xml, "contract", WireFields.Contract(offre)).ConfigureAwait(false);
        await Element(xml, "worktime", WireFields.WorkingTime(offre)).ConfigureAwait(false);
        await Element(xml, "salary", WireFields.Salary(offre)).ConfigureAwait(false);
        await Element(xml, "experience", WireFields.Experience(offre)).ConfigureAwait(false);
        await Element(xml, "rome", offre.RomeCode).ConfigureAwait(false);
        await Element(xml, "url", WireFields.ApplyUrl(offre)).ConfigureAwait(false);
        await Element(xml, "date", WireFields.Date(offre.DateCreation)).ConfigureAwait(false);
        await Element(xml, "updated", WireFields.Date(offre.DateActualisation)).ConfigureAwait(false);
        await Element(xml, "email", extras?.Contact?.Email).ConfigureAwait(false);
        await Element(xml, "phone", extras?.Contact?.Phone).ConfigureAwait(false);
        if (offre.Competences is { Count: > 0 })
        {
            await xml.WriteStartElementAsync(null, "skills", null).ConfigureAwait(false);
            foreach (var skill in WireFields.Skills(offre))
                await Element(xml, "skill", skill).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static Task Element(XmlWriter xml, string name, string? value) =>
        string.IsNullOrEmpty(value) ? Task.CompletedTask : xml.WriteElementStringAsync(null, name, null, value);
}
