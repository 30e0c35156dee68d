using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Storage.Statistics;

/// <summary>
/// What statistics keep of one of the platform's offers (<see cref="RegisteredOffer"/>): codes,
/// contract and working time, never the employer or the text.
/// </summary>
public static class RegisteredOfferFacts
{
    /// <summary>The contract of a fact whose document was gone when it was collected (only the tombstone's codes are known).</summary>
    public const string UnknownContract = "";

    /// <summary>The fact of a live offer's document.</summary>
    public static RegisteredOffer FromOffre(Offre offre)
    {
        ArgumentNullException.ThrowIfNull(offre);
        var commune = offre.LieuTravail?.Commune;
        return new RegisteredOffer(
            offre.Id,
            DateOnly.FromDateTime(offre.DateCreation),
            offre.RomeCode,
            offre.CodeNAF,
            commune,
            DepartementOf(commune, offre.LieuTravail?.Libelle),
            offre.TypeContrat ?? UnknownContract,
            IsDurable(offre.TypeContrat, offre.TypeContratLibelle),
            string.Equals(offre.DureeTravailLibelleConverti, "Temps plein", StringComparison.Ordinal),
            offre.OrigineOffre?.Origine == "2" ? OfferOrigin.Partner : OfferOrigin.Employer);
    }

    /// <summary>
    /// The fact of an offer deleted before it was collected: its tombstone's codes and creation
    /// day, its contract unknown (<see cref="UnknownContract"/>, neither durable nor full-time) —
    /// counted among the quarter's offers, left out of the contract shares.
    /// </summary>
    public static RegisteredOffer FromTombstone(Tombstone tombstone, OfferOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        return new RegisteredOffer(
            tombstone.Id, DateOnly.FromDateTime(tombstone.DateCreation), tombstone.RomeCode, null, tombstone.Commune,
            tombstone.Departement ?? DepartementOf(tombstone.Commune, null), UnknownContract, false, false, origin);
    }

    /// <summary>
    /// Durable in the statistics' sense: a CDI (also an interim agency's CDI) or a CDD of more than
    /// six months, read from the wire label "CDD - 12 Mois".
    /// </summary>
    public static bool IsDurable(string? typeContrat, string? libelle)
    {
        if (typeContrat is "CDI" or "DIN")
            return true;
        if (typeContrat != "CDD" || libelle is null || !libelle.EndsWith(" Mois", StringComparison.Ordinal))
            return false;
        var dash = libelle.LastIndexOf("- ", StringComparison.Ordinal);
        return dash >= 0
            && int.TryParse(libelle.AsSpan(dash + 2, libelle.Length - dash - 2 - " Mois".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            && months > 6;
    }

    /// <summary>The département of a commune INSEE code (97x overseas: three characters), else the "33 - Gironde" label's code.</summary>
    public static string? DepartementOf(string? commune, string? libelle)
    {
        if (commune is { Length: 5 })
            return commune.StartsWith("97", StringComparison.Ordinal) ? commune[..3] : commune[..2];
        if (libelle is not null)
        {
            var dash = libelle.IndexOf(" - ", StringComparison.Ordinal);
            if (dash is 2 or 3)
                return libelle[..dash];
        }
        return null;
    }
}
