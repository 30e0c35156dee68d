using OpenEmploi.Core.Statistics;
using static OpenEmploi.Storage.Statistics.Import.ImportCodes;

namespace OpenEmploi.Storage.Statistics.Import;

/// <summary>How one import file's records become rows: its columns (in a documented order, any order in the file) and its row reader.</summary>
internal sealed record ImportTableSpec<T>(ImportColumn[] Columns, Func<FieldReader, T> Read);

/// <summary>The six import tables of `openemploi stats import` (docs/statistics-inputs.md lists their columns and real sources).</summary>
internal static class StatisticsImportTables
{
    private static ImportColumn C(string name, string description) => new(name, true, description);

    private static ImportColumn O(string name, string description) => new(name, false, description);

    public static readonly ImportTableSpec<JobSeekerEpisode> Demandeurs = new(
        [
            C("id", "identifiant de l'épisode d'inscription (entier > 0, unique)"),
            C("categorie", "catégorie A, B, C, D ou E"),
            C("sexe", "F ou H"),
            C("mois_naissance", "mois de naissance AAAA-MM"),
            C("niveau_formation", "code de niveaux_formation.csv (AFS … NV1)"),
            C("qualification", "code de qualifications.csv (1 à 9)"),
            C("experience", "AUCUNE, MOINS_1_AN, 1_2_ANS, 3_5_ANS ou PLUS_5_ANS"),
            C("situation_familiale", "SEUL, SEUL_ENFANTS, COUPLE ou COUPLE_ENFANTS"),
            O("rome", "code ROME du métier recherché, vide si inconnu"),
            C("commune", "code INSEE de la commune de résidence"),
            C("date_inscription", "AAAA-MM-JJ"),
            O("date_sortie", "AAAA-MM-JJ, vide si toujours inscrit"),
            O("motif_sortie", "EMPLOI, FORMATION, DEFAUT_ACTUALISATION, RADIATION ou AUTRE ; vide si toujours inscrit"),
        ],
        static f =>
        {
            var episode = new JobSeekerEpisode(
                f.Int(0, 1, int.MaxValue), f.Choice(1, Categories, "A, B, C, D ou E"), f.Choice(2, Sexes, "F ou H"), f.Month(3),
                f.Code(4, IsEducation, "un niveau de formation (AFS, CP4, CFG, C3A, C12, NV5 … NV1)"),
                f.Code(5, IsQualification, "une qualification de 1 à 9"),
                f.Choice(6, Experience, "AUCUNE, MOINS_1_AN, 1_2_ANS, 3_5_ANS ou PLUS_5_ANS"),
                f.Choice(7, Family, "SEUL, SEUL_ENFANTS, COUPLE ou COUPLE_ENFANTS"),
                f.OptionalCode(8, IsRome, "un code ROME (lettre et 4 chiffres)"), f.Code(9, IsCommune, "un code commune INSEE"),
                f.Day(10), f.OptionalDay(11),
                f.OptionalChoice(12, ExitReasons, "EMPLOI, FORMATION, DEFAUT_ACTUALISATION, RADIATION ou AUTRE"));
            if (!f.Failed && episode.ExitedOn is { } exited && exited < episode.RegisteredOn)
                f.FailRow(11, "sortie antérieure à l'inscription");
            if (!f.Failed && (episode.ExitedOn is null) != (episode.ExitReason is null))
                f.FailRow(12, "motif et date de sortie vont ensemble");
            return episode;
        });

    public static readonly ImportTableSpec<Establishment> Etablissements = new(
        [
            C("siret", "SIRET, 14 chiffres"),
            C("nom", "dénomination ou nom de l'établissement"),
            O("enseigne", "enseigne"),
            C("naf", "sous-classe NAF rév. 2 (56.10A)"),
            C("tranche_effectif", "tranche d'effectif SIRENE (NN, 00, 01 … 53)"),
            C("commune", "code INSEE de la commune"),
            O("latitude", "degrés décimaux (WGS 84)"),
            O("longitude", "degrés décimaux (WGS 84)"),
            C("diffusion", "statut de diffusion SIRENE : O (diffusible) ou P (partielle)"),
            C("date_creation", "AAAA-MM-JJ"),
            O("date_fermeture", "AAAA-MM-JJ, vide si actif"),
        ],
        static f => new Establishment(
            f.Code(0, IsSiret, "14 chiffres"), f.Text(1), f.OptionalText(2), f.Code(3, IsNaf, "une sous-classe NAF (56.10A)"),
            f.Code(4, IsHeadcountBand, "une tranche SIRENE (NN, 00, 01 … 53)"), f.Code(5, IsCommune, "un code commune INSEE"),
            f.OptionalDouble(6, -90, 90), f.OptionalDouble(7, -180, 180), f.Choice(8, Diffusion, "O ou P"), f.Day(9), f.OptionalDay(10)));

    public static readonly ImportTableSpec<EstablishmentHeadcount> Effectifs = new(
        [C("siret", "SIRET, 14 chiffres"), C("annee", "année (AAAA)"), C("effectif", "salariés au 31 décembre (entier ≥ 0)")],
        static f => new EstablishmentHeadcount(f.Code(0, IsSiret, "14 chiffres"), f.Int(1, 1900, 2100), f.Int(2, 0, 10_000_000)));

    public static readonly ImportTableSpec<MonthlyHires> Embauches = new(
        [
            C("siret", "SIRET, 14 chiffres"),
            C("mois", "AAAA-MM"),
            C("contrat", "CDI, CDD_PLUS_1_MOIS ou CDD_1_MOIS_OU_MOINS"),
            O("rome", "code ROME de la personne embauchée, vide si inconnu"),
            C("nombre", "embauches (entier > 0)"),
        ],
        static f => new MonthlyHires(
            f.Code(0, IsSiret, "14 chiffres"), f.Month(1), f.Choice(2, Contracts, "CDI, CDD_PLUS_1_MOIS ou CDD_1_MOIS_OU_MOINS"),
            f.OptionalCode(3, IsRome, "un code ROME (lettre et 4 chiffres)"), f.Int(4, 1, 10_000_000)));

    public static readonly ImportTableSpec<RecruitmentProjects> Projets = new(
        [
            C("annee", "année de l'enquête (AAAA)"),
            C("zone_emploi", "code de zone d'emploi 2020"),
            C("rome", "code ROME"),
            C("projets", "projets de recrutement (entier ≥ 0)"),
            C("difficiles", "dont jugés difficiles"),
            C("saisonniers", "dont saisonniers"),
        ],
        static f =>
        {
            var row = new RecruitmentProjects(
                f.Int(0, 1900, 2100), f.Code(1, IsZoneEmploi, "un code de zone d'emploi (4 ou 5 chiffres)"), f.Code(2, IsRome, "un code ROME (lettre et 4 chiffres)"),
                f.Int(3, 0, 10_000_000), f.Int(4, 0, 10_000_000), f.Int(5, 0, 10_000_000));
            if (!f.Failed && row.Difficult > row.Projects)
                f.FailRow(4, "plus de projets difficiles que de projets");
            if (!f.Failed && row.Seasonal > row.Projects)
                f.FailRow(5, "plus de projets saisonniers que de projets");
            return row;
        });

    public static readonly ImportTableSpec<RegisteredOffer> Offres = new(
        [
            C("id_offre", "identifiant de l'offre (unique)"),
            C("date_enregistrement", "AAAA-MM-JJ"),
            O("rome", "code ROME"),
            O("naf", "sous-classe NAF de l'employeur"),
            O("commune", "code INSEE du lieu de travail"),
            O("departement", "code du département du lieu de travail"),
            C("type_contrat", "code typeContrat de l'API Offres (CDI, CDD, MIS, SAI …)"),
            C("durable", "1 si CDI ou CDD de plus de 6 mois, sinon 0"),
            C("temps_plein", "1 ou 0"),
            C("origine", "1 (employeur) ou 2 (partenaire)"),
        ],
        static f => new RegisteredOffer(
            f.Code(0, IsOfferId, "un identifiant sans espace de 20 caractères au plus"), f.Day(1),
            f.OptionalCode(2, IsRome, "un code ROME (lettre et 4 chiffres)"), f.OptionalCode(3, IsNaf, "une sous-classe NAF (56.10A)"),
            f.OptionalCode(4, IsCommune, "un code commune INSEE"), f.OptionalCode(5, IsDepartement, "un code de département"),
            f.Code(6, IsContract, "un code de type de contrat (CDI, CDD, MIS …)"), f.Choice(7, Booleans, "1 ou 0"), f.Choice(8, Booleans, "1 ou 0"),
            f.Choice(9, Origins, "1 ou 2")));
}
