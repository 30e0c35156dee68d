using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Text;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Normalisation.Places;

// Names and coordinates: the lookups behind Resolve.
internal sealed partial class PlaceResolver
{
    /// <summary>The commune of a known postal code: by name when there is one, else the most populated (or the nearest to the given point).</summary>
    private Commune InPostalCode(string postal, IReadOnlyList<Commune> candidates, string? name, Commune? near, List<NormalisationNote> notes)
    {
        if (name is null)
        {
            var chosen = Refine(candidates[0], postal);
            var distinct = 0;
            foreach (var c in candidates)
            {
                if (!_names.IsCityWithArrondissements(c))
                    distinct++;
            }
            if (distinct <= 1)
                return chosen;
            if (near is not null && candidates.Contains(near))
                return near;
            notes.Add(new(Field, $"code postal {postal} commun à {distinct} communes : {chosen.Nom}, la plus peuplée, retenue"));
            return chosen;
        }

        var key = PlaceKey.Of(name);
        if (_names.Match(key, candidates, out var fuzzy) is { } match)
        {
            if (fuzzy)
                notes.Add(new(Field, $"commune « {name} » lue comme {match.Nom}"));
            return Refine(match, postal);
        }
        if (_names.DepartementOfPostalCode(postal) is { } departement
            && _names.Match(key, _geo.CommunesOfDepartement(departement.Code), out _) is { } elsewhere)
        {
            notes.Add(new(Field, $"{elsewhere.Nom} n'est pas desservie par le code postal {postal} : la commune nommée est retenue"));
            return elsewhere;
        }
        var first = Refine(candidates[0], postal);
        notes.Add(new(Field, $"commune « {name} » inconnue au code postal {postal} : {first.Nom} retenue d'après le code postal"));
        return first;
    }

    /// <summary>A commune by its name alone, within the département when one is known.</summary>
    private Commune? ByName(string name, Departement? departement, Commune? near, List<NormalisationNote> notes)
    {
        var key = PlaceKey.Of(name);
        if (key.Length == 0)
            return null;
        if (departement is not null)
        {
            var found = _names.Match(key, _geo.CommunesOfDepartement(departement.Code), out var fuzzy);
            if (found is not null && fuzzy)
                notes.Add(new(Field, $"commune « {name} » lue comme {found.Nom}"));
            return found;
        }
        if (_names.Arrondissement(key) is { } arrondissement)
            return arrondissement;
        if (IsWiderPlace(name))
            return null;
        var exact = _names.Exact(key);
        if (exact.Count == 1)
            return exact[0];
        if (exact.Count > 1)
        {
            if (near is not null && exact.Contains(near))
                return near;
            notes.Add(new(Field, $"{exact.Count} communes se nomment « {name} » : celle de {exact[0].CodeDepartement}, la plus peuplée, retenue"));
            return exact[0];
        }
        var budget = key.Length < 4 ? 0 : key.Length <= 7 ? 1 : 2;
        foreach (var candidate in _geo.FindCommunes(name, 5))
        {
            if (EditDistance.Compute(key, _names.KeyOf(candidate), budget) <= budget)
            {
                notes.Add(new(Field, $"commune « {name} » lue comme {candidate.Nom} ({candidate.CodeDepartement})"));
                return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// "Bretagne", "Vienne", "Corrèze" alone name a région or a département, not the village of
    /// that name; "Paris" names its own chef-lieu, the city.
    /// </summary>
    private bool IsWiderPlace(string name)
    {
        if (_names.Region(name) is { } region)
            return _geo.CommuneByInsee(region.CodeCommuneChefLieu) is not { } capital || PlaceKey.Of(capital.Nom) != PlaceKey.Of(name);
        if (_names.Departement(name) is { } departement)
            return _geo.CommuneByInsee(departement.CodeCommuneChefLieu) is not { } chefLieu || PlaceKey.Of(chefLieu.Nom) != PlaceKey.Of(name);
        return false;
    }

    /// <summary>The commune nearest to the coordinates, trying them swapped when only that pair falls in France.</summary>
    private (Commune Commune, double DistanceKm)? Point(double? latitude, double? longitude, List<NormalisationNote> notes)
    {
        if (latitude is not { } lat || longitude is not { } lon)
            return null;
        if (_nearest.Find(lat, lon) is { } direct)
            return direct;
        if (_nearest.Find(lon, lat) is { } swapped)
        {
            notes.Add(new(Field, $"latitude et longitude inversées ({lat}, {lon}) : corrigées"));
            return swapped;
        }
        notes.Add(new(Field, $"coordonnées ({lat}, {lon}) hors de France : ignorées"));
        return null;
    }
}
