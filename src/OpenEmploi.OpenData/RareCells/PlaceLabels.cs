using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.OpenData.RareCells;

/// <summary>
/// The lieuTravailLibelle of a row whose place was generalised, written as the offers API writes an
/// offer placed at that level: "69 - Rhône" for a département, "Auvergne-Rhône-Alpes" for a région.
/// Without the geography (<see cref="CodesOnly"/>), the code alone.
/// </summary>
public sealed class PlaceLabels
{
    private readonly Geographie? _geographie;

    private PlaceLabels(Geographie? geographie)
    {
        _geographie = geographie;
    }

    public static PlaceLabels CodesOnly { get; } = new(null);

    public static PlaceLabels From(Geographie geographie) => new(geographie);

    public string Departement(string code) =>
        _geographie?.DepartementByCode(code) is { } departement ? $"{departement.Code} - {departement.Nom}" : code;

    public string Region(string code) => _geographie?.RegionByCode(code)?.Nom ?? code;
}
