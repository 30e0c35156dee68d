using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds.Json;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>What the XML, CSV and JSON-LD writers derive from a wire document, the same way for all three.</summary>
internal static class WireFields
{
    /// <summary>The commune's name, « PARIS 08 » from « 75 - PARIS 08 », for commune-level places only.</summary>
    public static string? City(LieuTravail? lieu) =>
        lieu?.Libelle is { } libelle && (lieu.CodePostal is not null || lieu.Commune is not null)
            ? WireOfferMapping.SplitLibelle(libelle).Name
            : null;

    /// <summary>The département code of a place given at département level (« 33 - Gironde »).</summary>
    public static string? Departement(LieuTravail? lieu) =>
        lieu?.Libelle is { } libelle && lieu.CodePostal is null && lieu.Commune is null
            ? WireOfferMapping.SplitLibelle(libelle).Departement
            : null;

    /// <summary>The région of a place given at région level: a libellé without a département prefix.</summary>
    public static string? Region(LieuTravail? lieu) =>
        lieu?.Libelle is { } libelle && lieu.CodePostal is null && lieu.Commune is null && WireOfferMapping.SplitLibelle(libelle).Departement is null
            ? libelle
            : null;

    public static string? ApplyUrl(Offre offre) => offre.Contact?.UrlPostulation ?? offre.OrigineOffre?.UrlOrigine;

    public static string? Date(DateTime date) => date == default ? null : WireDateTimeConverter.ToWire(date);

    public static string? Contract(Offre offre) => offre.TypeContratLibelle ?? offre.TypeContrat;

    public static string? Salary(Offre offre) => offre.Salaire?.Libelle ?? offre.Salaire?.Commentaire;

    public static string? Experience(Offre offre) => offre.ExperienceLibelle ?? offre.ExperienceCommentaire;

    public static string? WorkingTime(Offre offre) => offre.DureeTravailLibelle ?? offre.DureeTravailLibelleConverti;

    public static IEnumerable<string> Skills(Offre offre)
    {
        foreach (var competence in offre.Competences ?? [])
        {
            if (!string.IsNullOrWhiteSpace(competence.Libelle))
                yield return competence.Libelle;
        }
    }

    public static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
