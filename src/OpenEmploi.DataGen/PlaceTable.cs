using System.Globalization;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen;

internal sealed record RegionPlace(string Code, string Nom, string ALieu, string Ville);

internal sealed record DepartementPlace(string Code, string Libelle, string ALieu, string Ville, RegionPlace Region);

/// <summary>A commune where offers can be placed, with its wire label precomputed ("75 - PARIS 08").</summary>
internal sealed record CommunePlace(
    Commune Commune,
    string Libelle,
    string? CodePostal,
    string Ville,
    string ALieu,
    DepartementPlace Departement);

/// <summary>
/// Communes weighted by population: metropolitan France and the DROM, Paris, Lyon and Marseille by
/// arrondissement (their whole-city rows are left out so they are not counted twice), the
/// overseas collectivities left out as France Travail's offers data mostly does.
/// </summary>
internal sealed class PlaceTable
{
    public PlaceTable(Geographie geo)
    {
        var regions = new Dictionary<string, RegionPlace>(StringComparer.Ordinal);
        foreach (var r in geo.Regions)
        {
            if (r.Zone == Zone.Com)
                continue;
            var chefLieu = geo.CommuneByInsee(r.CodeCommuneChefLieu)?.Nom ?? r.Nom;
            regions[r.Code] = new RegionPlace(r.Code, r.Nom, "en région " + r.Nom, chefLieu);
        }
        var departements = new Dictionary<string, DepartementPlace>(StringComparer.Ordinal);
        foreach (var d in geo.Departements)
        {
            if (!regions.TryGetValue(d.CodeRegion, out var region))
                continue;
            var chefLieu = geo.CommuneByInsee(d.CodeCommuneChefLieu)?.Nom ?? d.Nom;
            departements[d.Code] = new DepartementPlace(
                d.Code, d.Code + " - " + d.Nom, "dans le département " + d.Nom + " (" + d.Code + ")", chefLieu, region);
        }

        var places = new List<CommunePlace>();
        var weights = new List<double>();
        foreach (var c in geo.Communes)
        {
            if (c.Zone == Zone.Com || c.Population <= 0 || c.Latitude is null || c.Longitude is null)
                continue;
            if (!departements.TryGetValue(c.CodeDepartement, out var departement))
                continue;
            if (!c.IsArrondissement && geo.ArrondissementsOf(c.CodeInsee).Count > 0)
                continue;
            string upper;
            string ville;
            if (c.IsArrondissement && geo.CityOfArrondissement(c.CodeInsee) is { } city)
            {
                var number = FrenchText.ArrondissementNumber(c.Nom).ToString("00", CultureInfo.InvariantCulture);
                upper = FrenchText.UpperPlain(city.Nom) + " " + number;
                ville = city.Nom;
            }
            else
            {
                upper = FrenchText.UpperPlain(c.Nom);
                ville = c.Nom;
            }
            var postal = c.CodesPostaux.Count > 0 ? c.CodesPostaux[0] : null;
            places.Add(new CommunePlace(c, c.CodeDepartement + " - " + upper, postal, ville, FrenchText.APlace(ville), departement));
            weights.Add(c.Population);
        }
        Communes = new WeightedPicker<CommunePlace>(places, weights);
        Departements = departements;
        Regions = regions;
    }

    public WeightedPicker<CommunePlace> Communes { get; }

    public IReadOnlyDictionary<string, DepartementPlace> Departements { get; }

    public IReadOnlyDictionary<string, RegionPlace> Regions { get; }
}
