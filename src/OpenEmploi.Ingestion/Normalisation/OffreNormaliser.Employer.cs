using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Html;
using OpenEmploi.Ingestion.Normalisation.Terms;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Normalisation;

// Employer, sector, identifiers, dates and origin.
public sealed partial class OffreNormaliser
{
    private void Employer(RawOffer raw, Offre offre, List<NormalisationNote> notes)
    {
        var e = raw.Employer;
        var wire = offre.Entreprise;
        var nom = HtmlText.ToPlain(e.Name, singleLine: true) ?? wire?.Nom;
        var description = HtmlText.ToPlain(e.Description) ?? wire?.Description;
        var url = Trimmed(e.Url) ?? wire?.Url;
        offre.Entreprise = nom is null && description is null && url is null && wire is null
            ? null
            : new Entreprise { Nom = nom, Description = description, Url = url, Logo = wire?.Logo, EntrepriseAdaptee = wire?.EntrepriseAdaptee ?? false };

        var written = Trimmed(e.Naf) ?? offre.CodeNAF;
        if (written is null)
            return;
        var (sousClasse, division) = NafCodes.Resolve(_data.Naf, written);
        offre.CodeNAF = sousClasse?.Code;
        offre.SecteurActivite = division?.Code;
        offre.SecteurActiviteLibelle = division?.Libelle;
        if (sousClasse is null)
            notes.Add(new("codeNAF", division is null ? $"code NAF « {written} » inconnu : ignoré" : $"code NAF « {written} » imprécis : secteur {division.Code} seulement"));
    }

    /// <summary>14 digits (SIRET) or 9 (SIREN) with a valid Luhn key; spaces and dots dropped.</summary>
    private static string? Siret(string? written, List<NormalisationNote> notes)
    {
        if (string.IsNullOrWhiteSpace(written))
            return null;
        Span<char> digits = stackalloc char[14];
        var n = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
                digits[n++] = c;
            else if (!(char.IsWhiteSpace(c) || c is '.' or '-') || n == digits.Length)
                return Invalid(written, notes);
        }
        var value = digits[..n];
        // La Poste's establishments (SIREN 356 000 000) use a different key: accept them as written.
        var ok = (n == 14 || n == 9) && (Luhn(value) || value.StartsWith("356000000"));
        return ok ? value.ToString() : Invalid(written, notes);
    }

    private static string? Invalid(string written, List<NormalisationNote> notes)
    {
        notes.Add(new("siret", $"SIRET « {written.Trim()} » invalide : ignoré"));
        return null;
    }

    private static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>dateCreation: posted, else now; dateActualisation: updated, else creation; none in the future.</summary>
    private void Dates(RawOffer raw, Offre offre, List<NormalisationNote> notes)
    {
        var now = Milliseconds(_time.GetUtcNow().UtcDateTime);
        var wire = raw.Wire;
        var creation = raw.DatePosted?.UtcDateTime ?? (wire is { DateCreation.Ticks: > 0 } ? Utc(wire.DateCreation) : (DateTime?)null);
        if (creation is null)
            notes.Add(new("dateCreation", "date de publication absente : date d'import retenue"));
        var created = NotFuture(creation ?? now, now, "dateCreation", notes);
        var update = raw.DateUpdated?.UtcDateTime ?? (wire is { DateActualisation.Ticks: > 0 } ? Utc(wire.DateActualisation) : created);
        var updated = NotFuture(update, now, "dateActualisation", notes);
        offre.DateCreation = created;
        offre.DateActualisation = updated < created ? created : updated;
    }

    private static DateTime NotFuture(DateTime value, DateTime now, string field, List<NormalisationNote> notes)
    {
        value = Milliseconds(value);
        if (value <= now + FutureTolerance)
            return value;
        notes.Add(new(field, $"date dans le futur ({value:yyyy-MM-ddTHH:mm:ssZ}) : ramenée à la date d'import"));
        return now;
    }

    private static DateTime Utc(DateTime d) => d.Kind switch
    {
        DateTimeKind.Utc => d,
        DateTimeKind.Local => d.ToUniversalTime(),
        _ => DateTime.SpecifyKind(d, DateTimeKind.Utc),
    };

    // The wire carries milliseconds: truncating keeps an offer identical after a round trip.
    private static DateTime Milliseconds(DateTime d) =>
        new(d.Ticks - (d.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    /// <summary>
    /// origine "1" for the platform's own postings (no urlOrigine: the serving host gives the
    /// portal's page of the offer), "2" for a partner's, with the partner's page in urlOrigine. Hook: origineOffre.partenaires is left empty here; the pipeline fills it from
    /// the source registry (Source.Nom, Url, Logo) and de-duplication lists every source of a cluster.
    /// </summary>
    private static void Origin(RawOffer raw, Offre offre, bool platformOwn, List<NormalisationNote> notes)
    {
        if (platformOwn)
        {
            offre.OrigineOffre = new OrigineOffre { Origine = "1" };
            return;
        }
        var url = Trimmed(raw.ApplyUrl) ?? offre.OrigineOffre?.UrlOrigine;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            notes.Add(new("urlOrigine", $"adresse de candidature « {url} » invalide : ignorée"));
            url = null;
        }
        offre.OrigineOffre = new OrigineOffre { Origine = "2", UrlOrigine = url };
    }
}
