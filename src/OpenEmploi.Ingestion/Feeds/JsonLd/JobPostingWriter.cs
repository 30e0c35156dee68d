using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Feeds.JsonLd;

/// <summary>One offer as a schema.org JobPosting object.</summary>
internal static partial class JobPostingWriter
{
    public static void Write(Utf8JsonWriter json, OffreEntry entry, FeedExtras? extras)
    {
        var offre = entry.Offre;
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "JobPosting");
        json.WriteStartObject("identifier");
        json.WriteString("@type", "PropertyValue");
        json.WriteString("name", offre.OrigineOffre?.Partenaires?.FirstOrDefault()?.Nom ?? "OpenEmploi");
        json.WriteString("value", offre.Id);
        json.WriteEndObject();
        Optional(json, "title", offre.Intitule);
        Optional(json, "description", offre.Description is { } d ? Html(d) : null);
        Optional(json, "datePosted", WireFields.Date(offre.DateCreation));
        json.WriteStartArray("employmentType");
        foreach (var type in EmploymentTypes(offre))
            json.WriteStringValue(type);
        json.WriteEndArray();
        Optional(json, "workHours", WireFields.WorkingTime(offre));
        Optional(json, "experienceRequirements", WireFields.Experience(offre));
        Optional(json, "occupationalCategory", offre.RomeCode);
        Optional(json, "url", WireFields.ApplyUrl(offre));
        if (offre.Competences is { Count: > 0 })
        {
            json.WriteStartArray("skills");
            foreach (var skill in WireFields.Skills(offre))
                json.WriteStringValue(skill);
            json.WriteEndArray();
        }
        Organization(json, offre.Entreprise, extras?.Siret);
        Location(json, offre.LieuTravail);
        Salary(json, offre.Salaire?.Libelle);
        if (extras?.Contact is { } contact && (contact.Email ?? contact.Phone) is not null)
        {
            json.WriteStartObject("applicationContact");
            json.WriteString("@type", "ContactPoint");
            Optional(json, "name", contact.Name);
            Optional(json, "email", contact.Email);
            Optional(json, "telephone", contact.Phone);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>Google's employment types: the working time, plus TEMPORARY or CONTRACTOR for what is not a CDI.</summary>
    internal static IEnumerable<string> EmploymentTypes(Offre offre)
    {
        yield return offre.DureeTravailLibelleConverti == "Temps partiel" ? "PART_TIME" : "FULL_TIME";
        switch (offre.TypeContrat)
        {
            case "CDD" or "MIS" or "SAI" or "TTI" or "DDI":
                yield return "TEMPORARY";
                break;
            case "LIB" or "FRA" or "REP" or "CCE":
                yield return "CONTRACTOR";
                break;
        }
    }

    private static void Organization(Utf8JsonWriter json, Entreprise? entreprise, string? siret)
    {
        if (entreprise?.Nom is null && siret is null)
            return;
        json.WriteStartObject("hiringOrganization");
        json.WriteString("@type", "Organization");
        Optional(json, "name", entreprise?.Nom);
        Optional(json, "sameAs", entreprise?.Url);
        if (siret is not null)
        {
            json.WriteStartObject("identifier");
            json.WriteString("@type", "PropertyValue");
            json.WriteString("propertyID", "SIRET");
            json.WriteString("value", siret);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, LieuTravail? lieu)
    {
        if (lieu is null)
            return;
        json.WriteStartObject("jobLocation");
        json.WriteString("@type", "Place");
        json.WriteStartObject("address");
        json.WriteString("@type", "PostalAddress");
        Optional(json, "postalCode", lieu.CodePostal);
        Optional(json, "addressLocality", WireFields.City(lieu));
        var departement = WireFields.Departement(lieu) is not null ? Json.WireOfferMapping.SplitLibelle(lieu.Libelle!).Name : null;
        Optional(json, "addressRegion", departement ?? WireFields.Region(lieu));
        json.WriteString("addressCountry", "FR");
        json.WriteEndObject();
        if (lieu is { Latitude: { } latitude, Longitude: { } longitude })
        {
            json.WriteStartObject("geo");
            json.WriteString("@type", "GeoCoordinates");
            json.WriteNumber("latitude", latitude);
            json.WriteNumber("longitude", longitude);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>« Mensuel de 1923.00 Euros à 2100.00 Euros sur 12 mois » → MonetaryAmount; other wordings are left out.</summary>
    private static void Salary(Utf8JsonWriter json, string? libelle)
    {
        if (libelle is null || SalaryLibelle().Match(libelle) is not { Success: true } match)
            return;
        json.WriteStartObject("baseSalary");
        json.WriteString("@type", "MonetaryAmount");
        json.WriteString("currency", "EUR");
        json.WriteStartObject("value");
        json.WriteString("@type", "QuantitativeValue");
        var min = decimal.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (match.Groups[3].Success)
        {
            json.WriteNumber("minValue", min);
            json.WriteNumber("maxValue", decimal.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNumber("value", min);
        }
        json.WriteString("unitText", match.Groups[1].Value switch
        {
            "Horaire" => "HOUR",
            "Journalier" => "DAY",
            "Hebdomadaire" => "WEEK",
            "Annuel" => "YEAR",
            _ => "MONTH",
        });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Each line of the wire's text becomes a paragraph, as on a job board's page.</summary>
    internal static string Html(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            html.Append("<p>");
            foreach (var c in line)
            {
                _ = c switch
                {
                    '&' => html.Append("&amp;"),
                    '<' => html.Append("&lt;"),
                    '>' => html.Append("&gt;"),
                    _ => html.Append(c),
                };
            }
            html.Append("</p>");
        }
        return html.ToString();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            json.WriteString(name, value);
    }

    [GeneratedRegex(@"^(Horaire|Journalier|Hebdomadaire|Mensuel|Annuel) de (\d+(?:\.\d+)?) Euros(?: à (\d+(?:\.\d+)?) Euros)?", RegexOptions.CultureInvariant)]
    private static partial Regex SalaryLibelle();
}
