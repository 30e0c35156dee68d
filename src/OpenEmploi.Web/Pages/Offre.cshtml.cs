using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.PortalSearch;

namespace OpenEmploi.Web.Pages;

/// <summary>
/// An offer as job seekers read it, and where the apply redirect lands for the platform's own
/// offers. Nothing of the stored contact or agency is shown: employers' details are never published.
/// As the reuse licence asks of every reuse, the page names the offer's source, its last update and
/// the partner sites it came from; a partner offer is applied to through /offres/{id}/postuler,
/// which counts the redirection before sending the browser to the partner's page.
/// </summary>
public sealed class OffreModel(IOffreStore store, SimilarOffers similar) : PageModel
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;

    public sealed record Lien(string Texte, string? Url);

    /// <summary>The live offer; null when the id is malformed, unknown or deleted (the page is then a 404).</summary>
    public Offre? Offre { get; private set; }

    /// <summary>Posted on the platform by its employer, rather than taken from a partner site.</summary>
    public bool DeposeeSurPlateforme { get; private set; }

    /// <summary>The offer's page on its partner site, when it is a safe http(s) link.</summary>
    public string? UrlOrigine { get; private set; }

    public IReadOnlyList<Lien> Partenaires { get; private set; } = [];

    public string? JsonLd { get; private set; }

    /// <summary>The same job near the same place (<see cref="SimilarOffers"/>).</summary>
    public IReadOnlyList<Offre> Similaires { get; private set; } = [];

    /// <summary>The apply redirect, counted for the portal, for offers applied to on a partner's site.</summary>
    public string? Postuler { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var entry = OffreId.IsValid(id) ? await store.GetEntryAsync(id, ct) : null;
        if (entry is null)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status404NotFound;
            return page;
        }
        var offre = entry.Offre;
        Offre = offre;
        // Postings through the API are stored under the posting application's source: the origin says whose offer it is.
        DeposeeSurPlateforme = entry.Source == Sources.Plateforme || offre.OrigineOffre?.Origine == "1";
        UrlOrigine = SafeUrl(offre.OrigineOffre?.UrlOrigine);
        Partenaires = offre.OrigineOffre?.Partenaires is { } partenaires
            ? [.. partenaires.Where(p => !string.IsNullOrWhiteSpace(p.Nom)).Select(p => new Lien(p.Nom!, SafeUrl(p.Url)))]
            : [];
        Postuler = !DeposeeSurPlateforme && UrlOrigine is not null ? $"/offres/{offre.Id}/postuler" : null;
        JsonLd = JobPosting(offre, string.Concat(Request.Scheme, "://", Request.Host.Value, Request.Path.Value));
        var ids = similar.Find(offre);
        if (ids.Count > 0)
        {
            var documents = await store.GetJsonUtf8ManyAsync(ids, ct);
            Similaires = [.. ids.Where(documents.ContainsKey).Select(i => JsonSerializer.Deserialize(documents[i], OffreJson.OffreInfo)!)];
        }
        return Page();
    }

    /// <summary>"1er mars 2026", in Paris time.</summary>
    public static string DateFr(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);
        var day = local.Day == 1 ? "1er" : local.Day.ToString(French);
        return string.Concat(day, " ", local.ToString("MMMM yyyy", French));
    }

    public static string DateIso(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The wire's requirement codes, in words that agree with any noun.</summary>
    public static string? Exigence(string? code) => code switch
    {
        "E" => "indispensable",
        "S" => "souhaitable",
        _ => null,
    };

    /// <summary>Paragraphs of a description, split on blank lines; single line breaks stay inside each.</summary>
    public static IEnumerable<string> Paragraphes(string? text) =>
        (text ?? "").ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Only absolute http(s) links are rendered: a stored "javascript:" URL must not become a link.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;

    // schema.org JobPosting for search engines. The default encoder escapes <, > and &, so the JSON
    // is safe inside a script element.
    private static string JobPosting(Offre offre, string url)
    {
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = "OpenEmploi", ["value"] = offre.Id },
            ["url"] = url,
            ["title"] = offre.Intitule ?? offre.AppellationLibelle ?? offre.RomeLibelle ?? "Offre d'emploi",
            ["datePosted"] = DateIso(offre.DateCreation),
            ["directApply"] = false,
        };
        if (offre.Description is { Length: > 0 } description)
            posting["description"] = description;
        if (offre.Entreprise?.Nom is { Length: > 0 } nom)
            posting["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = nom };
        if (offre.LieuTravail is { } lieu)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "FR" };
            if (lieu.Libelle is { Length: > 0 } libelle)
                address["addressLocality"] = libelle;
            if (lieu.CodePostal is { Length: > 0 } codePostal)
                address["postalCode"] = codePostal;
            posting["jobLocation"] = new JsonObject { ["@type"] = "Place", ["address"] = address };
        }
        var types = new JsonArray();
        if (offre.DureeTravailLibelleConverti == "Temps plein")
            types.Add("FULL_TIME");
        else if (offre.DureeTravailLibelleConverti == "Temps partiel")
            types.Add("PART_TIME");
        if (offre.TypeContrat is "CDD" or "MIS" or "SAI")
            types.Add("TEMPORARY");
        if (types.Count > 0)
            posting["employmentType"] = types;
        return posting.ToJsonString();
    }
}
