namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// The reference data shipped in data/, described as datasets. Sources, licences and dates are those
/// of data/README.md; a file listed here that is missing from the data folder stops the catalogue
/// with its path (a test checks every one is there). <see cref="ReferenceDatasetProvider"/> adds each
/// file's size and checksum.
/// </summary>
internal static class ReferenceDatasets
{
    /// <summary>One shipped file: its path under data/, its title and what a row is.</summary>
    public sealed record FileEntry(string Path, string Title, string Description);

    public sealed record Entry(
        string Slug, string Title, string Description, string Organisation, string Source, CatalogueLicence Licence,
        UpdateFrequency Frequency, DateOnly Modified, string TemporalCoverage, string SpatialCoverage,
        IReadOnlyList<string> Tags, IReadOnlyList<FileEntry> Files);

    private const string France = "France entière (métropole et outre-mer)";

    // The day the files entered the repository in their present form (git history of data/).
    private static readonly DateOnly Imported = new(2026, 11, 28);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("rome-4-0",
            "Répertoire opérationnel des métiers et des emplois (ROME 4.0)",
            "La nomenclature des métiers de France Travail, version 4.0 (v460) : grands domaines, domaines professionnels, "
            + "fiches métiers (codes ROME), appellations (intitulés d'emploi), textes des fiches et compétences. "
            + "Les offres d'emploi sont classées par code ROME et appellation.",
            "France Travail",
            "Export RefRomeCsv v460 de France Travail, copié sans modification depuis deux dépôts publics (voir data/README.md), jointures domaine → grand domaine ajoutées.",
            CatalogueLicence.LicenceOuverte, UpdateFrequency.Irregular, Imported, "Version v460 (2025)", France,
            ["rome", "métiers", "compétences", "nomenclature", "emploi"],
            [
                new("rome/grands_domaines.csv", "Grands domaines", "14 grands domaines (lettre A à N) et leur libellé."),
                new("rome/domaines_professionnels.csv", "Domaines professionnels", "110 domaines professionnels (ex. M18) et leur grand domaine."),
                new("rome/metiers.csv", "Fiches métiers (codes ROME)", "1 584 codes ROME avec libellé, domaine, fiche parente et indicateurs de transition."),
                new("rome/metiers_textes.csv", "Textes des fiches métiers", "Définition et accès au métier de chaque code ROME."),
                new("rome/appellations.csv", "Appellations", "13 120 intitulés d'emploi rattachés à leur code ROME."),
                new("rome/competences.csv", "Compétences", "18 317 compétences et macro-compétences (savoir-faire, savoir-être professionnels)."),
            ]),
        new("decoupage-administratif",
            "Découpage administratif : communes, départements, régions, EPCI",
            "Les communes (et arrondissements municipaux de Paris, Lyon et Marseille) avec leurs codes INSEE, codes postaux, "
            + "population, coordonnées et zone d'emploi 2020 ; les départements, régions et établissements publics de coopération intercommunale.",
            "INSEE, DGCL et Etalab",
            "Paquet npm @etalab/decoupage-administratif 6.0.0 (COG 2026), coordonnées geo.api.gouv.fr et La Poste, zones d'emploi INSEE (voir data/README.md).",
            CatalogueLicence.LicenceOuverte, UpdateFrequency.Annual, Imported, "Code officiel géographique 2026", France,
            ["communes", "territoires", "cog", "insee", "géographie"],
            [
                new("geo/communes.csv", "Communes et arrondissements municipaux", "35 014 lignes : code INSEE, nom, codes postaux, département, région, EPCI, population, coordonnées, zone d'emploi."),
                new("geo/departements.csv", "Départements", "101 départements et 8 collectivités d'outre-mer."),
                new("geo/regions.csv", "Régions", "18 régions et 8 collectivités d'outre-mer."),
                new("geo/epci.csv", "EPCI", "1 255 intercommunalités : type, nombre de communes, population."),
            ]),
        new("codes-postaux",
            "Codes postaux",
            "Correspondance entre codes postaux et communes, avec le libellé d'acheminement.",
            "La Poste et Etalab",
            "Couples de data/geo/communes.csv ; libellés d'acheminement du paquet npm codes-postaux 4.1.2 (Base Adresse Nationale) ou de la base officielle de La Poste (2021).",
            CatalogueLicence.LicenceOuverte, UpdateFrequency.Annual, Imported, "Code officiel géographique 2026", France,
            ["codes postaux", "communes", "territoires", "géographie"],
            [new("geo/codes_postaux.csv", "Codes postaux", "35 539 couples code postal – commune.")]),
        new("contours-departements-regions",
            "Contours des départements et des régions (GeoJSON simplifié)",
            "Les contours des 101 départements et des 18 régions en WGS84, simplifiés pour les cartes choroplèthes (pas pour des limites précises).",
            "IGN",
            "IGN ADMIN EXPRESS COG 2018 via le dépôt gregoiredavid/france-geojson, simplifié avec mapshaper (voir data/README.md).",
            CatalogueLicence.LicenceOuverte, UpdateFrequency.Irregular, Imported, "Limites 2018 (inchangées depuis)", "France (métropole et départements d'outre-mer)",
            ["contours", "cartes", "geojson", "territoires", "géographie"],
            [
                new("geo/departements.geojson", "Contours des départements", "101 entités, propriétés code et nom."),
                new("geo/regions.geojson", "Contours des régions", "18 entités, propriétés code et nom."),
            ]),
        new("naf-rev-2",
            "Nomenclature d'activités française (NAF rév. 2)",
            "Les cinq niveaux de la NAF rév. 2 : sections, divisions, groupes, classes et sous-classes (code APE). "
            + "Le secteur d'activité des offres est la division NAF.",
            "INSEE",
            "Libellés du paquet npm @socialgouv/codes-naf 1.1.1 et table naf2008_5_niveaux de l'INSEE (voir data/README.md).",
            CatalogueLicence.LicenceOuverte, UpdateFrequency.Irregular, Imported, "NAF rév. 2 (2008)", France,
            ["naf", "activités", "nomenclature", "entreprises"],
            [
                new("naf/naf_sections.csv", "Sections", "21 sections (lettres)."),
                new("naf/naf_divisions.csv", "Divisions", "88 divisions (2 chiffres)."),
                new("naf/naf_groupes.csv", "Groupes", "272 groupes."),
                new("naf/naf_classes.csv", "Classes", "615 classes."),
                new("naf/naf_sous_classes.csv", "Sous-classes (codes APE)", "732 sous-classes, avec et sans point, et leur hiérarchie."),
            ]),
        new("referentiels-offres-emploi",
            "Listes de codes de l'API Offres d'emploi",
            "Types et natures de contrat, niveaux de formation, qualifications et permis, tels que les offres les emploient.",
            "France Travail",
            "Valeurs transcrites à la main depuis des projets publics qui reproduisent les référentiels de l'API (voir data/README.md) ; à vérifier auprès de l'API d'origine.",
            CatalogueLicence.ValeursFactuelles, UpdateFrequency.Irregular, Imported, "Référentiels en vigueur en 2025", France,
            ["offres", "contrats", "nomenclature", "emploi"],
            [
                new("referentiels/types_contrat.csv", "Types de contrat", "11 types (CDI, CDD, MIS…)."),
                new("referentiels/natures_contrat.csv", "Natures de contrat", "20 natures (contrat de travail, apprentissage…)."),
                new("referentiels/niveaux_formation.csv", "Niveaux de formation", "10 niveaux, ordonnés."),
                new("referentiels/qualifications.csv", "Qualifications", "9 qualifications, dont les cadres."),
                new("referentiels/permis.csv", "Permis", "20 permis de conduire et certificats."),
            ]),
        new("referentiels-openemploi",
            "Thèmes, pays, continents et langues d'OpenEmploi",
            "Listes écrites par l'équipe OpenEmploi pour l'API des offres : 22 thèmes regroupant les domaines professionnels du ROME, "
            + "97 pays, 6 continents et 43 langues. Leurs codes sont ceux d'OpenEmploi (sauf 01 = France).",
            "OpenEmploi",
            "Écrites par l'équipe OpenEmploi (voir data/README.md).",
            CatalogueLicence.Projet, UpdateFrequency.Irregular, Imported, "2026", "Monde",
            ["thèmes", "pays", "langues", "nomenclature"],
            [
                new("referentiels/themes.csv", "Thèmes", "22 thèmes et les domaines professionnels de chacun."),
                new("referentiels/pays.csv", "Pays", "97 pays et leur continent."),
                new("referentiels/continents.csv", "Continents", "6 continents."),
                new("referentiels/langues.csv", "Langues", "43 langues (codes ISO 639-1)."),
            ]),
        new("referentiels-sirene",
            "Tranches d'effectif et catégories juridiques (Sirene)",
            "Les tranches d'effectif salarié et les catégories juridiques (niveau III) du répertoire Sirene.",
            "INSEE",
            "Dépôt annuaire-entreprises-data-gouv-fr/search-api (DINUM), dossier app/labels ; listes de l'INSEE (voir data/README.md).",
            CatalogueLicence.LicenceOuverte, UpdateFrequency.Irregular, Imported, "2025", France,
            ["sirene", "entreprises", "nomenclature"],
            [
                new("referentiels/tranches_effectif_sirene.csv", "Tranches d'effectif", "16 tranches (NN, 00 à 53)."),
                new("referentiels/categories_juridiques.csv", "Catégories juridiques", "260 catégories juridiques (4 chiffres)."),
            ]),
    ];
}
