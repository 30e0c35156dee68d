using System.Globalization;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage.Tests;

/// <summary>
/// Small, deterministic offers of realistic size (about 2 KB of JSON) for store tests. Offer n has
/// id OffreId.FromNumber(n) and takes its place and codes from short cycles, so tests can predict
/// counts.
/// </summary>
internal static class TestOffres
{
    public static readonly DateTime Epoch = new(2026, 1, 5, 8, 0, 0, 123, DateTimeKind.Utc);

    private static readonly (string Departement, string Region, string Commune, string CodePostal, string Libelle)[] Places =
    [
        ("75", "11", "75108", "75008", "75 - PARIS 08"),
        ("69", "84", "69123", "69001", "69 - LYON 01"),
        ("13", "93", "13055", "13001", "13 - MARSEILLE 01"),
        ("33", "75", "33063", "33000", "33 - Bordeaux"),
        ("971", "01", "97105", "97100", "971 - Basse-Terre"),
    ];

    private static readonly (string Rome, string Libelle, string Appellation)[] Jobs =
    [
        ("M1805", "Études et développement informatique", "38523"),
        ("J1501", "Soins d'hygiène, de confort du patient", "16366"),
        ("G1602", "Personnel de cuisine", "11531"),
        ("N1103", "Magasinage et préparation de commandes", "20712"),
    ];

    private static readonly string[] Contrats = ["CDI", "CDD", "MIS"];

    public static string Id(int n) => OffreId.FromNumber(n);

    public static OffreEntry Entry(int n, string source = Sources.Plateforme, string? sourceId = null, string? marker = null, int version = 1)
    {
        var place = Places[n % Places.Length];
        var job = Jobs[n % Jobs.Length];
        var offre = new Offre
        {
            Id = Id(n),
            Intitule = $"{job.Libelle} H/F n°{n} (v{version})",
            Description = Description(n, marker),
            DateCreation = Epoch.AddMinutes(n),
            DateActualisation = Epoch.AddMinutes(n).AddDays(version - 1),
            LieuTravail = new LieuTravail
            {
                Libelle = place.Libelle, Latitude = 45.75 + (n % 10 / 100.0), Longitude = 4.85,
                CodePostal = place.CodePostal, Commune = place.Commune,
            },
            RomeCode = job.Rome,
            RomeLibelle = job.Libelle,
            AppellationLibelle = job.Libelle,
            Entreprise = new Entreprise { Nom = $"Société Exemple {n % 17}", Description = "Entreprise familiale, 40 salariés, créée en 1987 — « qualité » avant tout." },
            TypeContrat = Contrats[n % Contrats.Length],
            TypeContratLibelle = "Contrat à durée indéterminée",
            NatureContrat = "Contrat travail",
            ExperienceExige = "E",
            ExperienceLibelle = "2 An(s)",
            Competences =
            [
                new Competence { Code = "100012", Libelle = "Analyser les besoins du client", Exigence = "S" },
                new Competence { Code = "121459", Libelle = "Rédiger une documentation technique", Exigence = "E" },
                new Competence { Code = "124072", Libelle = "Concevoir une application web", Exigence = "S" },
            ],
            Salaire = new Salaire { Libelle = "Mensuel de 2400.00 Euros à 3000.00 Euros sur 12 mois", Complement1 = "Tickets restaurant" },
            DureeTravailLibelle = "35H Horaires normaux",
            DureeTravailLibelleConverti = "Temps plein",
            Alternance = n % 9 == 0,
            NombrePostes = 1 + (n % 3),
            AccessibleTH = n % 2 == 0,
            QualificationCode = "7",
            QualificationLibelle = "Technicien",
            CodeNAF = "62.01Z",
            SecteurActiviteLibelle = "Programmation informatique",
            QualitesProfessionnelles =
            [
                new QualiteProfessionnelle { Libelle = "Rigueur", Description = "Capacité à respecter les règles, les procédures et les délais." },
            ],
            OrigineOffre = new OrigineOffre { Origine = source == Sources.Plateforme ? "1" : "2", UrlOrigine = $"https://exemple.fr/offres/{Id(n)}" },
        };
        return new OffreEntry(offre, source, sourceId, job.Appellation, place.Departement, place.Region);
    }

    public static IEnumerable<OffreEntry> Range(int start, int count)
    {
        for (var n = start; n < start + count; n++)
            yield return Entry(n);
    }

    private static string Description(int n, string? marker) =>
        string.Create(CultureInfo.InvariantCulture,
            $"""
            Au sein d'une équipe de huit personnes, vous participez à la conception et au développement des
            applications de l'entreprise (offre n°{n}). Vous analysez les besoins des utilisateurs, rédigez les
            spécifications, développez et testez les évolutions, puis assurez leur mise en production.
            Poste basé en centre-ville ; télétravail possible deux jours par semaine.
            Avantages : mutuelle d'entreprise, 13e mois, RTT, participation aux frais de transport à 75 %.
            Rémunération selon profil et expérience — « ensemble, allons plus loin » ✓ {marker}
            """);
}
