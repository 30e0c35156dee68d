using System.Text;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// Builds one offer after another on one thread, re-seeding its random source from the offer's
/// index each time and reusing its buffers. Not thread-safe: the generator gives each thread its own.
/// </summary>
internal sealed partial class OffreBuilder
{
    private const double DepartementOnlyShare = 0.07;
    private const double RegionOnlyShare = 0.03;
    private static readonly long MaxAgeTicks = TimeSpan.FromDays(60).Ticks;

    private readonly OffreGenerator _generator;
    private readonly OffreTables _tables;
    private readonly DetRandom _random = new(0, 0, 0);
    private readonly DetRandom _contactRandom = new(0, 0, 0);
    private readonly StringBuilder _text = new(2048);
    private readonly string?[] _slots = TextTemplate.NewValues();
    private readonly int[] _picked = new int[8];

    public OffreBuilder(OffreGenerator generator)
    {
        _generator = generator;
        _tables = generator.Tables;
    }

    public OffreGeneree Build(long index)
    {
        var r = _random;
        r.Reset((ulong)(uint)_generator.Options.Seed, GeneratorStreams.Offres, (ulong)index);
        Array.Clear(_slots);
        var context = _generator.Context;
        var id = _generator.Ids.IdAt(index);

        var occupation = context.Occupations.Occupations.Pick(r);
        var appellation = occupation.Appellations.Pick(r);
        var place = context.Places.Communes.Pick(r);
        var offre = new Offre
        {
            Id = id,
            Intitule = appellation.Titles[PickTitle(r)],
            RomeCode = occupation.Metier.CodeRome,
            RomeLibelle = occupation.Metier.Libelle,
            AppellationLibelle = appellation.Appellation.Libelle,
        };

        var (departement, region) = Place(r, offre, place);
        var contrat = Contract(r, offre);
        Dates(r, offre);
        var qualification = occupation.Qualifications.Pick(r);
        offre.QualificationCode = qualification.Code;
        offre.QualificationLibelle = qualification.Libelle;
        var hours = WorkingTime(r, offre);
        Experience(r, offre, occupation, qualification.Cadre);
        Salary(r, offre, occupation, qualification, contrat, hours);
        Requirements(r, offre, occupation, qualification);
        var employeur = Employer(r, offre, occupation, place, contrat);
        _slots[(int)Slot.Poste] = appellation.Poste;
        offre.Description = Description(r, occupation, contrat, offre.ExperienceExige);
        var contact = _generator.Options.ContactShare > 0 ? Contact(index, offre, employeur) : null;

        offre.NombrePostes = NombrePostes(r);
        offre.AccessibleTH = r.Chance(0.10);
        offre.OffresManqueCandidats = r.Chance(0.05);
        offre.EntrepriseAdaptee = r.Chance(0.01);
        offre.EmployeurHandiEngage = r.Chance(0.03);
        if (offre.Entreprise is not null)
            offre.Entreprise.EntrepriseAdaptee = offre.EntrepriseAdaptee;

        var apply = string.Concat(_generator.ApplyBase, "/offres/", id, "/postuler");
        offre.Contact = new Contact { UrlPostulation = apply, Courriel = "Pour postuler, utiliser le lien suivant : " + apply };

        var (source, sourceId) = Origin(r, offre, occupation, contrat, qualification.Cadre);
        var entry = new OffreEntry(offre, source, sourceId, appellation.Appellation.Code, departement, region);
        return new OffreGeneree(index, entry, employeur, contact);
    }

    private static int PickTitle(DetRandom r)
    {
        var u = r.NextDouble();
        return u < 0.40 ? 0 : u < 0.60 ? 1 : u < 0.85 ? 2 : 3;
    }

    private (string? Departement, string Region) Place(DetRandom r, Offre offre, CommunePlace place)
    {
        var level = r.NextDouble();
        var departement = place.Departement;
        if (level < RegionOnlyShare)
        {
            offre.LieuTravail = new LieuTravail { Libelle = departement.Region.Nom };
            _slots[(int)Slot.ALieu] = departement.Region.ALieu;
            _slots[(int)Slot.Ville] = departement.Region.Ville;
            return (null, departement.Region.Code);
        }
        if (level < RegionOnlyShare + DepartementOnlyShare)
        {
            offre.LieuTravail = new LieuTravail { Libelle = departement.Libelle };
            _slots[(int)Slot.ALieu] = departement.ALieu;
            _slots[(int)Slot.Ville] = departement.Ville;
            return (departement.Code, departement.Region.Code);
        }
        offre.LieuTravail = new LieuTravail
        {
            Libelle = place.Libelle,
            Latitude = place.Commune.Latitude,
            Longitude = place.Commune.Longitude,
            CodePostal = place.CodePostal,
            Commune = place.Commune.CodeInsee,
        };
        _slots[(int)Slot.ALieu] = place.ALieu;
        _slots[(int)Slot.Ville] = place.Ville;
        return (departement.Code, departement.Region.Code);
    }

    private void Dates(DetRandom r, Offre offre)
    {
        var now = _generator.Now;
        // Density falls linearly with age: recent offers are more numerous, as in a live base where
        // offers are filled or expire over time.
        var age = (long)(MaxAgeTicks * (1 - Math.Sqrt(1 - r.NextDouble())));
        var creation = Truncate(now.Ticks - age);
        var actualisation = r.Chance(0.65) ? Truncate(creation + (long)((now.Ticks - creation) * r.NextDouble())) : creation;
        offre.DateCreation = new DateTime(creation, DateTimeKind.Utc);
        offre.DateActualisation = new DateTime(Math.Max(creation, actualisation), DateTimeKind.Utc);
    }

    // The wire carries milliseconds: truncating keeps an offer identical after a round trip.
    private static long Truncate(long ticks) => ticks - (ticks % TimeSpan.TicksPerMillisecond);

    private static int NombrePostes(DetRandom r)
    {
        var u = r.NextDouble();
        return u < 0.85 ? 1 : u < 0.95 ? 2 : u < 0.98 ? 3 : 5;
    }

    private (string Source, string? SourceId) Origin(DetRandom r, Offre offre, Occupation occupation, Contrat contrat, bool cadre)
    {
        if (!r.Chance(_generator.Options.PartnerShare))
        {
            offre.OrigineOffre = new OrigineOffre { Origine = "1" };
            return (Sources.Plateforme, null);
        }
        var partner = Specialist(occupation, contrat, cadre);
        if (partner is null || r.Chance(0.5))
            partner = Partenaires.Generalistes.Pick(r);
        var reference = Reference(r);
        offre.OrigineOffre = new OrigineOffre
        {
            Origine = "2",
            UrlOrigine = Partenaires.OfferUrl(partner, reference),
            Partenaires = [new Partenaire { Nom = partner.Nom, Url = partner.Url, Logo = partner.Logo }],
        };
        return (partner.Code, reference);
    }

    private static Core.Offres.Source? Specialist(Occupation occupation, Contrat contrat, bool cadre)
    {
        if (contrat.Alternance)
            return Partenaires.AlternancePro;
        if (contrat.Type == "MIS")
            return Partenaires.InterimNet;
        if (cadre)
            return Partenaires.CadresAvenir;
        return occupation.Metier.CodeGrandDomaine switch
        {
            "G" => Partenaires.HotelEmplois,
            "J" => Partenaires.SanteCarrieres,
            "F" => Partenaires.BtpRecrute,
            "K" when occupation.Domaine.Code is "K12" or "K13" => Partenaires.ProxiServices,
            "M" when occupation.Domaine.Code == "M18" => Partenaires.TechTalents,
            _ => null,
        };
    }

    private static string Reference(DetRandom r) => string.Create(10, r, static (span, random) =>
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (var i = 0; i < span.Length; i++)
            span[i] = Alphabet[random.Next(Alphabet.Length)];
    });

    /// <summary>Draws k distinct indices below n into <see cref="_picked"/>; returns how many.</summary>
    private int PickDistinct(DetRandom r, int n, int k)
    {
        k = Math.Min(Math.Min(k, n), _picked.Length);
        var count = 0;
        while (count < k)
        {
            var candidate = r.Next(n);
            if (Array.IndexOf(_picked, candidate, 0, count) < 0)
                _picked[count++] = candidate;
        }
        return count;
    }
}
