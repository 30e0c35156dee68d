using System.Text.RegularExpressions;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.PortalSearch;

/// <summary>What a typed place became: communes to search around, or why it could not be placed.</summary>
public sealed record ResolvedPlace(IReadOnlyList<Commune> Communes, PlaceProblem Problem, IReadOnlyList<Commune> Choices)
{
    public static ResolvedPlace Found(params Commune[] communes) => new(communes, PlaceProblem.None, []);

    public bool IsResolved => Problem == PlaceProblem.None;
}

public enum PlaceProblem
{
    None,

    /// <summary>Several communes bear that name: the person picks one of <see cref="ResolvedPlace.Choices"/>.</summary>
    Ambiguous,

    /// <summary>No commune has that name or postal code; <see cref="ResolvedPlace.Choices"/> holds near names, if any.</summary>
    Unknown,
}

/// <summary>
/// Turns what a person types in the place field — a commune name, "Nom (département)", "Nom
/// (code postal)", a postal code or an INSEE code — into communes of the referential. It is the
/// no-JavaScript path: the suggestions the script offers ("Lyon (69)") resolve here like any text.
/// </summary>
public sealed partial class PlaceResolver(ReferenceData data)
{
    /// <summary>The offers API's (and index's) limit on communes per search.</summary>
    public const int MaxCommunes = 5;

    private const int MaxChoices = 8;

    private Geographie Geo => data.Geographie;

    public ResolvedPlace Resolve(string text)
    {
        var typed = text.Trim();
        if (FiveDigits().IsMatch(typed))
            return ByCode(typed);

        var qualified = Qualified().Match(typed);
        var name = qualified.Success ? qualified.Groups["nom"].Value.Trim() : typed;
        var qualifier = qualified.Success ? qualified.Groups["precision"].Value.Trim().ToUpperInvariant() : null;

        var found = Geo.FindCommunes(name, 50);
        var folded = Fold(name);
        var exact = found.Where(c => Fold(c.Nom) == folded).ToList();
        if (qualifier is { Length: > 0 })
        {
            // "Saint-Denis (93)" or "Saint-Denis (93200)": the qualifier picks among the homonyms.
            exact = [.. exact.Where(c => c.CodeDepartement == qualifier || c.CodesPostaux.Contains(qualifier, StringComparer.Ordinal))];
        }
        // "Paris" means the city, not one of its arrondissements named "Paris 1er Arrondissement".
        exact = [.. exact.Where(c => !c.IsArrondissement)];
        return exact.Count switch
        {
            1 => ResolvedPlace.Found(exact[0]),
            > 1 => new ResolvedPlace([], PlaceProblem.Ambiguous, [.. exact.Take(MaxChoices)]),
            _ => new ResolvedPlace([], PlaceProblem.Unknown, [.. found.Where(c => !c.IsArrondissement).Take(MaxChoices)]),
        };
    }

    /// <summary>The text that resolves to exactly this commune: its name, with its département when the name is shared.</summary>
    public string Label(Commune commune)
    {
        var homonyms = Geo.FindCommunes(commune.Nom, 50).Count(c => !c.IsArrondissement && Fold(c.Nom) == Fold(commune.Nom));
        if (homonyms <= 1)
            return commune.Nom;
        var sameDepartement = Geo.CommunesOfDepartement(commune.CodeDepartement)
            .Count(c => !c.IsArrondissement && Fold(c.Nom) == Fold(commune.Nom));
        // Two communes of the same name in one département: only the postal code tells them apart.
        return sameDepartement > 1 && commune.CodesPostaux.Count > 0
            ? $"{commune.Nom} ({commune.CodesPostaux[0]})"
            : $"{commune.Nom} ({commune.CodeDepartement})";
    }

    // A postal code serves one or several communes (all of them are searched, the most populated
    // first); an INSEE code names one.
    private ResolvedPlace ByCode(string code)
    {
        var served = Geo.CommunesByPostalCode(code);
        // 75001 serves Paris and its 1st arrondissement: the arrondissement is the more precise place.
        var cities = served.Where(c => c.IsArrondissement).Select(c => c.CodeCommuneParent).ToHashSet(StringComparer.Ordinal);
        served = [.. served.Where(c => !cities.Contains(c.CodeInsee))];
        if (served.Count > 0)
            return new ResolvedPlace([.. served.Take(MaxCommunes)], PlaceProblem.None, []);
        return Geo.CommuneByInsee(code) is { } commune
            ? ResolvedPlace.Found(commune)
            : new ResolvedPlace([], PlaceProblem.Unknown, []);
    }

    private static string Fold(string name) => Core.Text.TextFolding.Fold(name);

    [GeneratedRegex(@"^\d[0-9AB]\d{3}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex(@"^(?<nom>.+?)\s*\((?<precision>[0-9AB]{2,5})\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Qualified();
}
