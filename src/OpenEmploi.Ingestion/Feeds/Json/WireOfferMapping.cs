using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds.Json;

/// <summary>
/// Copies a wire document onto the raw fields every format fills, so that the normaliser reads a
/// wire feed exactly like an XML or CSV one; the document itself stays in <see cref="RawOffer.Wire"/>.
/// </summary>
internal static class WireOfferMapping
{
    public static RawOffer ToRaw(Offre offre, long number, long line)
    {
        var raw = new RawOffer
        {
            RecordNumber = number,
            LineNumber = line,
            SourceId = FeedValues.Clean(offre.Id),
            Wire = offre,
            Title = FeedValues.Clean(offre.Intitule),
            Description = FeedValues.Clean(offre.Description),
            ContractText = FeedValues.Clean(offre.TypeContratLibelle) ?? FeedValues.Clean(offre.TypeContrat),
            WorkingTimeText = FeedValues.Clean(offre.DureeTravailLibelle) ?? FeedValues.Clean(offre.DureeTravailLibelleConverti),
            SalaryText = FeedValues.Clean(offre.Salaire?.Libelle) ?? FeedValues.Clean(offre.Salaire?.Commentaire),
            ExperienceText = FeedValues.Clean(offre.ExperienceLibelle) ?? FeedValues.Clean(offre.ExperienceCommentaire),
            RomeCode = FeedValues.Clean(offre.RomeCode),
            ApplyUrl = FeedValues.Clean(offre.Contact?.UrlPostulation) ?? FeedValues.Clean(offre.OrigineOffre?.UrlOrigine),
            DatePosted = offre.DateCreation == default ? null : new DateTimeOffset(DateTime.SpecifyKind(offre.DateCreation, DateTimeKind.Utc)),
            DateUpdated = offre.DateActualisation == default ? null : new DateTimeOffset(DateTime.SpecifyKind(offre.DateActualisation, DateTimeKind.Utc)),
            Employer = new RawEmployer
            {
                Name = FeedValues.Clean(offre.Entreprise?.Nom),
                Url = FeedValues.Clean(offre.Entreprise?.Url),
                Description = FeedValues.Clean(offre.Entreprise?.Description),
                Naf = FeedValues.Clean(offre.CodeNAF),
            },
            Place = Place(offre.LieuTravail),
            Contact = new RawContact
            {
                Name = FeedValues.Clean(offre.Contact?.Nom),
                // The wire's courriel is usually the sentence pointing at the apply link, not an address.
                Email = FeedValues.Clean(offre.Contact?.Courriel) is { } mail && IsAddress(mail) ? mail : null,
            },
        };
        if (offre.Competences is { } competences)
        {
            foreach (var competence in competences)
            {
                if (FeedValues.Clean(competence.Libelle) is { } skill)
                    raw.Skills.Add(skill);
            }
        }
        return raw;
    }

    /// <summary>
    /// « 75 - PARIS 08 » is a commune (it has a postal code or an INSEE code), « 33 - Gironde » a
    /// département, a bare name a région: France Travail's libellé says the place's level.
    /// </summary>
    internal static RawPlace Place(LieuTravail? lieu)
    {
        var place = new RawPlace();
        if (lieu is null)
            return place;
        place.PostalCode = FeedValues.Clean(lieu.CodePostal);
        place.CommuneInsee = FeedValues.Clean(lieu.Commune);
        place.Latitude = lieu.Latitude;
        place.Longitude = lieu.Longitude;
        var libelle = FeedValues.Clean(lieu.Libelle);
        place.Text = libelle;
        if (libelle is null)
            return place;
        var (departement, name) = SplitLibelle(libelle);
        place.Departement = departement;
        if (departement is null)
        {
            if (place.PostalCode is null && place.CommuneInsee is null)
                place.Region = libelle;
            else
                place.City = libelle;
        }
        else if (place.PostalCode is not null || place.CommuneInsee is not null)
        {
            place.City = name;
        }
        return place;
    }

    /// <summary>« 2A - AJACCIO » → (« 2A », « AJACCIO »); no département prefix → (null, libellé).</summary>
    internal static (string? Departement, string Name) SplitLibelle(string libelle)
    {
        var dash = libelle.IndexOf(" - ", StringComparison.Ordinal);
        if (dash is < 2 or > 3)
            return (null, libelle);
        var code = libelle[..dash];
        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c) && c is not ('A' or 'B'))
                return (null, libelle);
        }
        return (code, libelle[(dash + 3)..].Trim());
    }

    private static bool IsAddress(string mail) =>
        mail.Contains('@', StringComparison.Ordinal) && !mail.Contains(' ', StringComparison.Ordinal);
}
