using OpenEmploi.Core.Offres;

namespace OpenEmploi.OpenData.RareCells;

/// <summary>
/// What of an offer, once published, lets someone who knows the area single out its employer: its
/// place (commune, département, région codes) and its sector (NAF division). Other published values
/// (contract, hours, pay) describe the job, not which establishment offers it: see
/// <see cref="RareCellRule"/> for why they are not part of the cell.
/// </summary>
public readonly record struct QuasiIdentifiers(string? Commune, string? Departement, string? Region, string? Sector)
{
    public static QuasiIdentifiers Of(OffreEntry entry) => new(
        Code(entry.Offre.LieuTravail?.Commune), Code(entry.Departement), Code(entry.Region), Code(entry.Offre.SecteurActivite));

    /// <summary>The finest level the offer itself gives (an offer placed at its département has no commune).</summary>
    public PlaceLevel Finest =>
        Commune is not null ? PlaceLevel.Commune
        : Departement is not null ? PlaceLevel.Departement
        : Region is not null ? PlaceLevel.Region
        : PlaceLevel.None;

    public string? PlaceAt(PlaceLevel level) => level switch
    {
        PlaceLevel.Commune => Commune,
        PlaceLevel.Departement => Departement,
        PlaceLevel.Region => Region,
        _ => null,
    };

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
