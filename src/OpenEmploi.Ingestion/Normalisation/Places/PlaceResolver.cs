using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Normalisation.Places;

/// <summary>
/// Finds the place of an offer, from the most to the least precise evidence: an INSEE code; a
/// postal code with the city's name (exact, arrondissement form, near miss; then the name in the
/// postal code's département, for CEDEX codes and mistyped codes); a name alone (in the
/// département when one is given); coordinates (nearest centroid, latitude and longitude swapped
/// when only the swapped pair is in France); then the département, then the région. Every guess
/// is noted. Thread-safe; all tables are built once.
/// </summary>
internal sealed partial class PlaceResolver
{
    private const string Field = "lieuTravail";

    private readonly Geographie _geo;
    private readonly CommuneDirectory _names;
    private readonly NearestCommune _nearest;

    public PlaceResolver(Geographie geo)
    {
        _geo = geo;
        _names = new CommuneDirectory(geo);
        _nearest = new NearestCommune(geo);
    }

    /// <returns>The place, or null with <paramref name="rejection"/> saying why none could be used.</returns>
    public ResolvedPlace? Resolve(PlaceInput input, List<NormalisationNote> notes, out string? rejection)
    {
        rejection = null;
        if (input.Country is { } country && !IsFrance(country))
        {
            rejection = $"lieu de travail hors de France (« {country.Trim()} ») : non pris en charge";
            return null;
        }
        var city = PlaceText.Parse(input.City);
        var text = PlaceText.Parse(input.Text);
        var postal = PostalCode(input.PostalCode) ?? city.PostalCode ?? text.PostalCode;
        var name = city.Name ?? text.Name;
        var departement = Departement(input.Departement) ?? Departement(city.Departement) ?? Departement(text.Departement);
        // Coordinates are read only when the names leave a doubt or say nothing.
        (Commune Commune, double DistanceKm)? point = null;
        var pointRead = false;
        (Commune Commune, double DistanceKm)? Near()
        {
            if (!pointRead)
                (point, pointRead) = (Point(input.Latitude, input.Longitude, notes), true);
            return point;
        }

        if (input.CommuneInsee is { } inseeText && inseeText.Trim() is { Length: > 0 } insee)
        {
            if (_geo.CommuneByInsee(insee) is { } commune)
                return At(Refine(commune, postal), postal);
            if (_geo.CommunesByPostalCode(insee).Count > 0 && postal is null)
            {
                postal = insee;
                notes.Add(new(Field, $"le code commune {insee} est un code postal : lu comme tel"));
            }
            else
            {
                notes.Add(new(Field, $"code commune INSEE {insee} inconnu : ignoré"));
            }
        }

        if (postal is not null)
        {
            var candidates = _geo.CommunesByPostalCode(postal);
            if (candidates.Count > 0)
                return At(InPostalCode(postal, candidates, name, name is null && candidates.Count > 1 ? Near()?.Commune : null, notes), postal);
            departement ??= _names.DepartementOfPostalCode(postal);
            notes.Add(new(Field, $"code postal {postal} inconnu (CEDEX ?) : recherche par le nom dans le département"));
        }

        // "75 - Paris", "33 - Gironde": the label of a département, not a commune in it.
        if (name is not null && departement is not null && PlaceKey.Of(name) == PlaceKey.Of(departement.Nom))
            name = null;
        if (name is not null && ByName(name, departement, departement is null && input.Latitude is not null ? Near()?.Commune : null, notes) is { } named)
            return At(named, postal);
        if (Near() is { } p)
        {
            notes.Add(new(Field, $"commune déduite des coordonnées : {p.Commune.Nom} ({p.DistanceKm:0.#} km du centre)"));
            return At(p.Commune, null);
        }

        // No commune: the place the record names. A name that is both a région's and a
        // département's ("La Réunion", "Guyane") is read as the région, as the wire labels it.
        if (departement is null && name is not null && Region(name) is null)
            departement = _names.Departement(name);
        if (departement is not null)
        {
            if (name is not null && _names.Departement(name) is null)
                notes.Add(new(Field, $"commune « {name} » introuvable : lieu retenu au département {departement.Code}"));
            return new ResolvedPlace(null, null, departement, _geo.RegionByCode(departement.CodeRegion)!);
        }
        var region = Region(input.Region) ?? Region(text.Qualifier) ?? Region(city.Qualifier) ?? Region(name);
        if (region is not null)
        {
            if (name is not null && Region(name) is null)
                notes.Add(new(Field, $"commune « {name} » introuvable : lieu retenu à la région {region.Nom}"));
            return new ResolvedPlace(null, null, null, region);
        }
        rejection = name is null && postal is null
            ? "lieu de travail absent"
            : $"lieu de travail introuvable (« {string.Join(' ', new[] { postal, name }.Where(s => s is not null))} »)";
        return null;
    }

    private ResolvedPlace At(Commune commune, string? postal)
    {
        var codePostal = postal is not null && commune.CodesPostaux.Contains(postal)
            ? postal
            : commune.CodesPostaux.Count > 0 ? commune.CodesPostaux[0] : null;
        return new ResolvedPlace(
            commune,
            codePostal,
            _geo.DepartementByCode(commune.CodeDepartement),
            _geo.RegionByCode(commune.CodeRegion)!);
    }

    /// <summary>Paris, Lyon or Marseille with an arrondissement's postal code is that arrondissement.</summary>
    private Commune Refine(Commune commune, string? postal)
    {
        if (postal is null || !_names.IsCityWithArrondissements(commune))
            return commune;
        foreach (var c in _geo.CommunesByPostalCode(postal))
        {
            if (c.CodeCommuneParent == commune.CodeInsee)
                return c;
        }
        return commune;
    }

    private static bool IsFrance(string country) =>
        PlaceKey.Of(country) is "fr" or "fra" or "france" or "france metropolitaine" or "republique francaise"
            or "gp" or "mq" or "gf" or "re" or "yt" or "guadeloupe" or "martinique" or "guyane" or "reunion"
            or "la reunion" or "mayotte";

    /// <summary>"69003", "69 003", "1000" (a spreadsheet dropped the leading zero) → five digits; else null.</summary>
    private static string? PostalCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        Span<char> digits = stackalloc char[5];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
                continue;
            if (!char.IsAsciiDigit(c) || n == 5)
                return null;
            digits[n++] = c;
        }
        return n switch
        {
            5 => digits.ToString(),
            4 => string.Concat("0", digits[..4]),
            _ => null,
        };
    }

    /// <summary>"69", "Rhône", "69 - Rhône", "Rhône (69)".</summary>
    private Departement? Departement(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return _names.Departement(text)
            ?? (PlaceText.Parse(text) is { Departement: { } code } ? _names.Departement(code) : null);
    }

    private Region? Region(string? text) => string.IsNullOrWhiteSpace(text) ? null : _names.Region(text);
}
