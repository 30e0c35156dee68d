using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Ingestion.Normalisation.Places;

/// <summary>Everything the normaliser may know of a place, merged from the raw record and a wire document.</summary>
internal sealed record PlaceInput(
    string? PostalCode,
    string? City,
    string? CommuneInsee,
    double? Latitude,
    double? Longitude,
    string? Departement,
    string? Region,
    string? Country,
    string? Text);

/// <summary>A place at the finest level found: a commune (with its postal code), a département, or a région.</summary>
internal sealed record ResolvedPlace(Commune? Commune, string? CodePostal, Departement? Departement, Region Region)
{
    /// <summary>
    /// lieuTravail as the generator and France Travail fill it: "69 - LYON 03" with the commune's
    /// centroid, postal code and INSEE code; "33 - Gironde" for a département; the région's name.
    /// </summary>
    public LieuTravail ToLieuTravail(Geographie geo)
    {
        if (Commune is { } c)
        {
            return new LieuTravail
            {
                Libelle = string.Concat(c.CodeDepartement, " - ", UpperName(c, geo)),
                Latitude = c.Latitude,
                Longitude = c.Longitude,
                CodePostal = CodePostal,
                Commune = c.CodeInsee,
            };
        }
        return new LieuTravail { Libelle = Departement is { } d ? string.Concat(d.Code, " - ", d.Nom) : Region.Nom };
    }

    /// <summary>"PARIS 08" for an arrondissement (the city's name and its number on two digits), else the name.</summary>
    private static string UpperName(Commune c, Geographie geo)
    {
        if (!c.IsArrondissement || geo.CityOfArrondissement(c.CodeInsee) is not { } city)
            return PlaceKey.Upper(c.Nom);
        var number = 0;
        foreach (var ch in c.Nom)
        {
            if (char.IsAsciiDigit(ch))
                number = (number * 10) + (ch - '0');
            else if (number > 0)
                break;
        }
        return string.Concat(PlaceKey.Upper(city.Nom), " ", number.ToString("00", CultureInfo.InvariantCulture));
    }
}
