namespace OpenEmploi.OpenData.Dataset;

/// <summary>The dataset's columns, in file order. Adding one adds it to the files and to the dictionary.</summary>
public static class ExportColumns
{
    /// <summary>Between the items of a list column ("Permis B ; Permis C").</summary>
    public const string ListSeparator = " ; ";

    private const string Liste = " Liste de valeurs séparées par « ; ».";

    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        new TextColumn("idAnonyme", "Identifiant anonyme de l'offre : le même d'un export à l'autre, sans lien calculable avec l'identifiant de l'offre dans l'API.", "3f9a0c1b2d4e5f60", null, o => o.IdAnonyme),
        new DateColumn("dateCreation", "Date de première publication de l'offre (UTC, au jour près).", "2026-11-21", o => o.DateCreation),
        new DateColumn("dateActualisation", "Date de dernière mise à jour de l'offre (UTC, au jour près).", "2026-11-25", o => o.DateActualisation),
        new TextColumn("intitule", "Intitulé de l'offre, anonymisé (voir la méthodologie).", "Boulanger / Boulangère (H/F)", null, o => o.Intitule),
        new TextColumn("romeCode", "Code du métier.", "D1102", "ROME 4.0, métiers (France Travail)", o => o.RomeCode),
        new TextColumn("romeLibelle", "Libellé du métier.", "Boulangerie - viennoiserie", "ROME 4.0, métiers (France Travail)", o => o.RomeLibelle),
        new TextColumn("appellationCode", "Code de l'appellation (intitulé de poste normalisé).", "11573", "ROME 4.0, appellations (code OGR)", o => o.AppellationCode),
        new TextColumn("appellationLibelle", "Libellé de l'appellation.", "Boulanger / Boulangère", "ROME 4.0, appellations (code OGR)", o => o.AppellationLibelle),
        new TextColumn("lieuTravailLibelle", "Lieu de travail tel que l'offre le présente : département et commune, ou département, ou région ; celui du département ou de la région quand la commune est généralisée (cellules rares, voir la méthodologie).", "69 - LYON 03", null, o => o.LieuTravailLibelle),
        new TextColumn("communeCode", "Code de la commune du lieu de travail ; vide pour une offre placée au département ou à la région, ou dont la commune et le secteur sont partagés par trop peu d'offres (cellules rares, voir la méthodologie).", "69383", "Code officiel géographique (INSEE), communes", o => o.CommuneCode),
        new TextColumn("departementCode", "Code du département du lieu de travail ; vide pour une offre placée à la région, ou généralisée à la région (cellules rares).", "69", "Code officiel géographique (INSEE), départements", o => o.DepartementCode),
        new TextColumn("regionCode", "Code de la région du lieu de travail.", "84", "Code officiel géographique (INSEE), régions", o => o.RegionCode),
        new TextColumn("typeContrat", "Type de contrat.", "CDD", "Référentiel typesContrats de l'API Offres d'emploi v2", o => o.TypeContrat),
        new TextColumn("natureContrat", "Nature du contrat.", "Contrat travail", "Référentiel naturesContrats de l'API Offres d'emploi v2", o => o.NatureContrat),
        new NumberColumn("dureeContratMois", "Durée du contrat en mois, lue dans le libellé du type de contrat (15 jours = 0,5) ; vide pour un CDI.", "6", o => o.DureeContratMois),
        new BooleanColumn("alternance", "Offre en alternance (apprentissage ou professionnalisation).", o => o.Alternance),
        new TextColumn("dureeTravailLibelle", "Durée et rythme de travail tels que l'offre les écrit.", "35H Travail en journée", null, o => o.DureeTravailLibelle),
        new TextColumn("dureeTravailLibelleConverti", "Temps plein ou temps partiel.", "Temps plein", null, o => o.DureeTravailLibelleConverti),
        new NumberColumn("dureeHebdoHeures", "Durée hebdomadaire en heures, lue dans dureeTravailLibelle (35H30 = 35,5).", "35", o => o.DureeHebdoHeures),
        new TextColumn("salaireLibelle", "Salaire tel que l'API le publie.", "Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois", null, o => o.SalaireLibelle),
        new TextColumn("salairePeriode", "Période du salaire, lue dans salaireLibelle : Mensuel, Annuel, Horaire ou Cachet.", "Mensuel", null, o => o.SalairePeriode),
        new NumberColumn("salaireMin", "Salaire brut minimal en euros pour la période, lu dans salaireLibelle.", "1900", o => o.SalaireMin),
        new NumberColumn("salaireMax", "Salaire brut maximal en euros pour la période (égal au minimal pour un montant unique).", "2100", o => o.SalaireMax),
        new TextColumn("salaireCommentaire", "Commentaire sur le salaire, anonymisé.", "Selon expérience", null, o => o.SalaireCommentaire),
        new TextColumn("salaireComplements", "Compléments de rémunération." + Liste, "Mutuelle ; Tickets restaurant", null, o => o.SalaireComplements),
        new TextColumn("experienceExige", "Exigence d'expérience : D débutant accepté, S souhaitée, E exigée.", "E", "D, S, E (API Offres d'emploi v2)", o => o.ExperienceExige),
        new TextColumn("experienceLibelle", "Expérience demandée, en clair.", "Expérience exigée de 2 An(s)", null, o => o.ExperienceLibelle),
        new IntegerColumn("experienceMois", "Expérience demandée en mois, lue dans experienceLibelle.", "24", o => o.ExperienceMois),
        new TextColumn("experienceCommentaire", "Précision sur l'expérience, anonymisée.", "en boulangerie artisanale", null, o => o.ExperienceCommentaire),
        new TextColumn("qualificationCode", "Code de qualification : 1 à 9 (9 cadre).", "6", "Qualifications de l'API Offres d'emploi v2", o => o.QualificationCode),
        new TextColumn("qualificationLibelle", "Libellé de la qualification.", "Employé qualifié", "Qualifications de l'API Offres d'emploi v2", o => o.QualificationLibelle),
        new TextColumn("secteurActivite", "Secteur d'activité de l'employeur : division de la NAF (2 chiffres). La sous-classe n'est pas publiée ; vide quand trop peu d'offres de la région ont ce secteur (cellules rares, voir la méthodologie).", "10", "NAF rév. 2 (INSEE), divisions", o => o.SecteurActivite),
        new TextColumn("secteurActiviteLibelle", "Libellé de la division NAF.", "Industries alimentaires", "NAF rév. 2 (INSEE), divisions", o => o.SecteurActiviteLibelle),
        new TextColumn("formationNiveau", "Niveau de formation demandé (première formation de l'offre).", "CAP, BEP et équivalents", "Référentiel niveauxFormations de l'API Offres d'emploi v2", o => o.FormationNiveau),
        new TextColumn("permis", "Permis demandés." + Liste, "B - Véhicule léger", "Référentiel permis de l'API Offres d'emploi v2", o => o.Permis),
        new TextColumn("langues", "Langues demandées." + Liste, "Anglais", "Référentiel langues de l'API Offres d'emploi v2", o => o.Langues),
        new TextColumn("competencesCodes", "Codes des compétences demandées." + Liste, "100007 ; 120512", "ROME 4.0, compétences", o => o.CompetencesCodes),
        new IntegerColumn("nombrePostes", "Nombre de postes à pourvoir.", "1", o => o.NombrePostes),
        new BooleanColumn("accessibleTH", "Offre signalée accessible aux travailleurs handicapés.", o => o.AccessibleTH),
        new BooleanColumn("offresManqueCandidats", "Métier en manque de candidats.", o => o.OffresManqueCandidats),
        new BooleanColumn("entrepriseAdaptee", "Employeur entreprise adaptée.", o => o.EntrepriseAdaptee),
        new BooleanColumn("employeurHandiEngage", "Employeur handi-engagé.", o => o.EmployeurHandiEngage),
        new TextColumn("origineOffre", "Origine : 1 offre déposée sur la plateforme, 2 offre d'un site partenaire.", "2", "1, 2 (API Offres d'emploi v2)", o => o.OrigineOffre),
        new TextColumn("partenaireNom", "Site partenaire d'où vient l'offre (origine 2) ; ce n'est pas l'employeur.", "Hôtel Emplois", null, o => o.PartenaireNom),
        new TextColumn("description", "Description de l'offre, anonymisée : courriels, téléphones, liens, adresses, noms de personnes et nom de l'employeur remplacés par [courriel], [téléphone], [lien], [adresse], [nom], [entreprise].", "[entreprise] recrute un(e) boulanger(ère) … Envoyez votre CV à [nom] : [courriel].", null, o => o.Description),
    ];
}
