using System.Text.RegularExpressions;
using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// Partner copies of a generated offer, as job boards re-publish one: title with "H/F" added or
/// dropped or upper-cased, text shortened, sentences or paragraphs reordered, wrapped in HTML and
/// in the board's own header and footer lines, a contact line added, employer name re-cased or
/// given a legal form, SIRET often missing, place given by postal code or département only,
/// contract label re-worded or contract type missing, later dates, the board's apply link or the
/// employer's with tracking parameters.
/// </summary>
internal static partial class PartnerCopies
{
    private static readonly string[] Headers = ["{0} relaie cette offre pour le compte de son client.", "Offre publiée sur {0} – réf. {1}", "Nouvelle offre d'emploi sur {0} !"];
    private static readonly string[] Footers = ["Postulez en un clic sur {0}.", "{0}, des milliers d'offres près de chez vous : créez votre alerte emploi.", "Candidature rapide, votre CV suffit (réf. {1})."];
    private static readonly string[] TitleMarks = [" H/F", " (H/F)", " - F/H", " (H/F/X)"];

    public static NormalisedOffer Exact(NormalisedOffer original, Source partner, string id, string reference, DetRandom r)
    {
        var offre = Clone(original.Offre, id);
        Dates(offre, original.Offre, r);
        Origin(offre, partner, reference);
        return Wrap(original, offre, partner, reference, original.Siret, original.Raw.ApplyUrl, original.Offre.Entreprise?.Nom);
    }

    public static NormalisedOffer Transformed(NormalisedOffer original, Source partner, string id, string reference, DetRandom r)
    {
        var offre = Clone(original.Offre, id);
        offre.Intitule = Title(offre.Intitule ?? "", r);
        offre.Description = Description(offre.Description ?? "", partner, reference, r);
        var employer = offre.Entreprise?.Nom;
        if (employer is not null && offre.Entreprise is not null)
        {
            if (r.Chance(0.3))
                employer = employer.ToUpperInvariant();
            if (r.Chance(0.2))
                employer += r.Chance(0.5) ? " SAS" : " SARL";
            offre.Entreprise.Nom = employer = r.Chance(0.03) ? null : employer;
        }
        var (departement, region) = Place(offre, original, r);
        if (offre.TypeContrat is not null)
        {
            offre.TypeContratLibelle = r.Pick(ContractLabels(offre.TypeContrat));
            if (r.Chance(0.15))
                offre.TypeContrat = null;
        }
        Dates(offre, original.Offre, r);
        Origin(offre, partner, reference);
        var ats = original.Raw.ApplyUrl;
        var apply = ats is not null && r.Chance(0.6)
            ? $"{ats}?utm_source={partner.Code.ToLowerInvariant()}&utm_medium=jobboard"
            : offre.Contact!.UrlPostulation;
        var copy = Wrap(original, offre, partner, reference, r.Chance(0.5) ? original.Siret : null, apply, employer);
        return copy with { Entry = copy.Entry with { Departement = departement, Region = region } };
    }

    private static string Title(string title, DetRandom r)
    {
        if (r.Chance(0.5))
            title = HfMark().IsMatch(title) ? HfMark().Replace(title, "") : title + r.Pick(TitleMarks);
        return r.Chance(0.2) ? title.ToUpperInvariant() : title;
    }

    private static string Description(string text, Source partner, string reference, DetRandom r)
    {
        var paragraphs = text.Split('\n').Select(p => SentenceEnd().Split(p).ToList()).ToList();
        if (r.Chance(0.35))
        {
            if (r.Chance(0.5) && paragraphs.Count > 1)
                paragraphs.Reverse();
            else
                Shuffle(paragraphs[r.Next(paragraphs.Count)], r);
        }
        if (r.Chance(0.4))
        {
            var last = paragraphs[^1];
            if (r.Chance(0.5) && paragraphs.Count > 2)
                paragraphs.RemoveAt(paragraphs.Count - 1);
            else if (last.Count > 1)
                last.RemoveAt(last.Count - 1);
            else
                paragraphs[0].RemoveAll(s => s.StartsWith("Missions principales", StringComparison.Ordinal));
        }
        var lines = paragraphs.Select(p => string.Join(' ', p)).Where(p => p.Length > 0).ToList();
        if (r.Chance(0.2))
            lines.Add($"Contact : recrutement@{partner.Code.ToLowerInvariant()}.example – 01 {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)}");
        if (r.Chance(0.5))
            lines.Insert(0, string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(Headers), partner.Nom, reference));
        if (r.Chance(0.8))
            lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(Footers), partner.Nom, reference));
        return r.Chance(0.3) ? "<p>" + string.Join("</p>\n<p>", lines) + "</p>" : string.Join('\n', lines);
    }

    private static (string? Departement, string? Region) Place(Offre offre, NormalisedOffer original, DetRandom r)
    {
        var lieu = offre.LieuTravail;
        if (lieu?.Commune is null || !r.Chance(0.3))
            return (original.Entry.Departement, original.Entry.Region);
        if (r.Chance(0.5))
            offre.LieuTravail = new LieuTravail { Libelle = lieu.CodePostal, CodePostal = lieu.CodePostal };
        else
            offre.LieuTravail = new LieuTravail { Libelle = original.Entry.Departement + " - département" };
        return (original.Entry.Departement, original.Entry.Region);
    }

    private static string[] ContractLabels(string type) => type switch
    {
        "CDI" => ["Contrat à durée indéterminée", "CDI - temps plein", "cdi"],
        "CDD" => ["Contrat à durée déterminée", "CDD", "Contrat temporaire"],
        "MIS" => ["Intérim", "Mission d'intérim", "Travail temporaire"],
        _ => [type],
    };

    internal static void Dates(Offre offre, Offre original, DetRandom r)
    {
        offre.DateCreation = original.DateCreation.AddHours(r.Next(0, 72));
        var updated = original.DateActualisation.AddHours(r.Next(0, 48));
        offre.DateActualisation = updated > offre.DateCreation ? updated : offre.DateCreation;
    }

    internal static void Origin(Offre offre, Source partner, string reference)
    {
        var page = Partenaires.OfferUrl(partner, reference);
        offre.OrigineOffre = new OrigineOffre { Origine = "2", UrlOrigine = page, Partenaires = [new Partenaire { Nom = partner.Nom, Url = partner.Url, Logo = partner.Logo }] };
        offre.Contact = new Contact { UrlPostulation = page + "/postuler" };
    }

    internal static Offre Clone(Offre offre, string id)
    {
        var clone = OffreJson.Deserialize(OffreJson.Serialize(offre));
        clone.Id = id;
        return clone;
    }

    internal static NormalisedOffer Wrap(NormalisedOffer original, Offre offre, Source source, string? reference, string? siret, string? applyUrl, string? employer)
    {
        var raw = new RawOffer { SourceId = reference, Title = offre.Intitule, Description = offre.Description, ApplyUrl = applyUrl };
        raw.Employer.Name = employer;
        raw.Employer.Siret = siret;
        var entry = original.Entry with { Offre = offre, Source = source.Code, SourceId = reference };
        var poster = original.Poster == PosterKind.Agency ? PosterKind.Agency : PosterKind.Partner;
        return new NormalisedOffer(entry, raw, source.Code == Core.Offres.Sources.Plateforme ? original.Poster : poster, siret, []);
    }

    private static void Shuffle(List<string> items, DetRandom r)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    [GeneratedRegex(@"\s*\(?\b[HF]/[HF]\b\)?")]
    private static partial Regex HfMark();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
