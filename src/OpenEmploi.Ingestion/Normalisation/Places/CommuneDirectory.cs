using System.Globalization;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Places;

/// <summary>
/// The names of communes, départements and régions as <see cref="PlaceKey"/> keys, computed once,
/// so that matching a name is a dictionary read, and a near miss is an edit-distance scan of one
/// postal code's or one département's communes, never of all 35,000.
/// </summary>
internal sealed partial class CommuneDirectory
{
    private readonly Geographie _geo;
    private readonly Dictionary<string, string> _keyByInsee = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Commune[]> _byKey;
    private readonly Dictionary<string, Commune> _citiesWithArrondissements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Departement> _departements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> _regions = new(StringComparer.Ordinal);

    public CommuneDirectory(Geographie geo)
    {
        _geo = geo;
        var byKey = new Dictionary<string, List<Commune>>(StringComparer.Ordinal);
        foreach (var c in geo.Communes)
        {
            var key = PlaceKey.Of(c.Nom);
            _keyByInsee[c.CodeInsee] = key;
            if (!byKey.TryGetValue(key, out var list))
                byKey[key] = list = [];
            list.Add(c);
            if (!c.IsArrondissement && geo.ArrondissementsOf(c.CodeInsee).Count > 0)
                _citiesWithArrondissements[key] = c;
        }
        _byKey = byKey.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Population).ToArray(), StringComparer.Ordinal);
        foreach (var d in geo.Departements)
        {
            _departements[d.Code] = d;
            _departements.TryAdd(PlaceKey.Of(d.Nom), d);
        }
        foreach (var r in geo.Regions)
            _regions[PlaceKey.Of(r.Nom)] = r;
    }

    public string KeyOf(Commune c) => _keyByInsee[c.CodeInsee];

    /// <summary>Communes with exactly this key, most populated first.</summary>
    public IReadOnlyList<Commune> Exact(string key) => _byKey.GetValueOrDefault(key) ?? [];

    /// <summary>A département by code ("69", "2a", "974") or by name ("Rhône", "Cotes d'Armor").</summary>
    public Departement? Departement(string text)
    {
        var trimmed = text.Trim();
        // "1" is Ain written by a spreadsheet that dropped the zero.
        var code = trimmed.Length == 1 && char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed.ToUpperInvariant();
        return _geo.DepartementByCode(code) ?? _departements.GetValueOrDefault(PlaceKey.Of(trimmed));
    }

    /// <summary>A région by code ("84") or name ("Auvergne-Rhône-Alpes", "ile de france").</summary>
    public Region? Region(string text)
    {
        var trimmed = text.Trim();
        return _geo.RegionByCode(trimmed) ?? _regions.GetValueOrDefault(PlaceKey.Of(trimmed));
    }

    /// <summary>
    /// "paris 15", "lyon 3e", "marseille 13eme", "paris 1er arrondissement", "lyon 03" → the
    /// arrondissement; null when the name is not one of the three cities with a number.
    /// </summary>
    public Commune? Arrondissement(string key)
    {
        var match = ArrondissementPattern().Match(key);
        if (!match.Success || !_citiesWithArrondissements.TryGetValue(match.Groups[1].Value, out var city))
            return null;
        var number = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var arrondissements = _geo.ArrondissementsOf(city.CodeInsee);
        return number >= 1 && number <= arrondissements.Count ? arrondissements[number - 1] : null;
    }

    /// <summary>The city itself when the key names Paris, Lyon or Marseille (to refine by postal code).</summary>
    public bool IsCityWithArrondissements(Commune c) => !c.IsArrondissement && _geo.ArrondissementsOf(c.CodeInsee).Count > 0;

    /// <summary>
    /// The best name match among <paramref name="candidates"/>: an arrondissement form, the exact
    /// key, then a key within a small edit distance (1 typo up to 7 letters, 2 beyond), the
    /// closest first, then the most populated.
    /// </summary>
    public Commune? Match(string key, IReadOnlyList<Commune> candidates, out bool fuzzy)
    {
        fuzzy = false;
        if (Arrondissement(key) is { } arrondissement)
        {
            foreach (var c in candidates)
            {
                if (c == arrondissement || c.CodeInsee == arrondissement.CodeCommuneParent)
                    return arrondissement;
            }
        }
        foreach (var c in candidates)
        {
            if (string.Equals(KeyOf(c), key, StringComparison.Ordinal))
                return c;
        }
        var budget = key.Length < 4 ? 0 : key.Length <= 7 ? 1 : 2;
        Commune? best = null;
        var bestDistance = budget + 1;
        foreach (var c in candidates)
        {
            var distance = EditDistance.Compute(key, KeyOf(c), budget);
            if (distance < bestDistance || (distance == bestDistance && best is not null && c.Population > best.Population))
                (best, bestDistance) = (c, distance);
        }
        fuzzy = best is not null;
        return best;
    }

    /// <summary>The département of a postal code: 2 digits, 3 for overseas (97x, 98x), Corsica split at 20200.</summary>
    public Departement? DepartementOfPostalCode(string postal)
    {
        if (postal.Length != 5)
            return null;
        var code = postal[..2] switch
        {
            "20" => postal[2] is '0' or '1' ? "2A" : "2B",
            "97" or "98" => postal[..3],
            var two => two,
        };
        return _geo.DepartementByCode(code);
    }

    [GeneratedRegex(@"^(.+?) (\d{1,2}) ?(?:e|er|ere|eme|ieme)?(?: arrondissement| arr)?$")]
    private static partial Regex ArrondissementPattern();
}
