namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// The sentences offer descriptions are assembled from: an introduction, missions (by domaine, see
/// <see cref="MissionTexts"/>), the profile sought and the working conditions. Written as French
/// offers are written; "(e)" forms keep them neutral as the law requires.
/// </summary>
internal static class DescriptionTexts
{
    public static readonly TextTemplate[] Intros = TextTemplate.ParseAll(
        "{Entreprise}, implantée {ALieu}, renforce son équipe et recrute un(e) {Poste}.",
        "Vous souhaitez rejoindre une structure à taille humaine ? {Entreprise} recherche un(e) {Poste} pour son site {ALieu}.",
        "Dans le cadre de son développement, {Entreprise} recrute un(e) {Poste} {Contrat}.",
        "Nous recherchons pour notre établissement situé {ALieu} un(e) {Poste}.",
        "Poste à pourvoir dès que possible {ALieu} : {Poste} {Contrat}.",
        "{Entreprise} exerce son activité depuis plus de {Annees} ans et recherche aujourd'hui un(e) {Poste}.",
        "Afin de compléter son équipe {ALieu}, {Entreprise} recherche un nouveau collaborateur ou une nouvelle collaboratrice au poste de {Poste}.",
        "Entreprise reconnue dans son secteur, {Entreprise} recrute {ALieu} un(e) {Poste} motivé(e).",
        "Suite à un départ, {Entreprise} recherche son ou sa {Poste}.");

    public static readonly TextTemplate[] InterimIntros = TextTemplate.ParseAll(
        "{Entreprise} recherche pour l'un de ses clients, situé {ALieu}, un(e) {Poste} {Contrat}.",
        "Votre agence {Entreprise} recrute pour une entreprise cliente un(e) {Poste}.",
        "Nous recherchons pour notre client, acteur reconnu de son secteur {ALieu}, un(e) {Poste}.",
        "Mission à pourvoir rapidement {ALieu} : {Poste}. Votre agence {Entreprise} vous accompagne tout au long de la mission.");

    /// <summary>Put before a sentence of the métier's ROME definition, quoted as written.</summary>
    public static readonly TextTemplate[] DefinitionLeads = TextTemplate.ParseAll(
        "Missions principales : ",
        "Le poste en bref : ",
        "Pour résumer le métier : ");

    public static readonly TextTemplate[] ProfilDebutant = TextTemplate.ParseAll(
        "Débutant(e) accepté(e) : une formation à nos méthodes de travail vous sera assurée.",
        "Le poste est ouvert aux débutant(e)s motivé(e)s.",
        "Aucune expérience n'est exigée ; votre motivation fera la différence.");

    public static readonly TextTemplate[] ProfilSouhaite = TextTemplate.ParseAll(
        "Une première expérience sur un poste similaire serait un plus.",
        "Une expérience dans le domaine est souhaitée, idéalement d'environ {Experience}.");

    public static readonly TextTemplate[] ProfilExige = TextTemplate.ParseAll(
        "Vous justifiez d'une expérience réussie d'au moins {Experience} sur un poste similaire.",
        "Une expérience confirmée de {Experience} dans le métier est indispensable.",
        "Vous maîtrisez les techniques du métier acquises lors d'une expérience de {Experience} minimum.");

    public static readonly TextTemplate[] ProfilQualites = TextTemplate.ParseAll(
        "Vous êtes reconnu(e) pour votre sens de l'organisation et votre capacité à travailler en équipe.",
        "Vous êtes rigoureux(se), ponctuel(le) et avez le sens du service.",
        "Votre dynamisme, votre autonomie et votre sens du relationnel seront vos meilleurs atouts.",
        "Vous appréciez le travail en équipe et savez faire preuve d'adaptation.",
        "Curieux(se) et impliqué(e), vous aimez apprendre et transmettre.",
        "Vous savez gérer les priorités et garder votre calme dans les moments de forte activité.");

    public static readonly TextTemplate[] ProfilPermis = TextTemplate.ParseAll(
        "Le permis {Permis} est indispensable pour ce poste.",
        "Vous êtes titulaire du permis {Permis}.");

    public static readonly TextTemplate[] Conditions = TextTemplate.ParseAll(
        "Poste à pourvoir {Contrat}, {Horaire}.",
        "Il s'agit d'un poste {Contrat} à {TempsTravail}, à pourvoir dès que possible.",
        "Le poste est à pourvoir {Contrat}, sur la base de {Horaire}.",
        "Contrat proposé : {Contrat}, {TempsTravail} ({Horaire}).");

    public static readonly TextTemplate[] ConditionsPlus = TextTemplate.ParseAll(
        "Rémunération selon profil et convention collective.",
        "Nous vous offrons un cadre de travail agréable et une équipe soudée.",
        "Des perspectives d'évolution sont possibles au sein de notre structure.",
        "Un parcours d'intégration vous permettra de prendre vos fonctions dans les meilleures conditions.",
        "Vous rejoignez une équipe bienveillante, attachée à la qualité du travail bien fait.");

    public static readonly TextTemplate[] ConditionsAvantages = TextTemplate.ParseAll(
        "Avantages : {Avantages}.",
        "Vous bénéficiez des avantages suivants : {Avantages}.");

    public static readonly TextTemplate[] ConditionsInterim = TextTemplate.ParseAll(
        "Mission {Contrat}, renouvelable. Indemnité de fin de mission et congés payés en plus du taux horaire.",
        "Rémunération selon expérience, avec indemnité de fin de mission et indemnité compensatrice de congés payés.");

    public static readonly TextTemplate[] ConditionsAlternance = TextTemplate.ParseAll(
        "Ce poste est proposé en alternance : vous préparez votre diplôme tout en vous formant au métier aux côtés d'un tuteur.",
        "Contrat en alternance, en lien avec un centre de formation partenaire ; le rythme école-entreprise est à définir ensemble.");

    public static readonly TextTemplate[] ConditionsTempsPartiel = TextTemplate.ParseAll(
        "Le volume horaire pourra évoluer selon l'activité et vos disponibilités.",
        "Les horaires sont à définir ensemble, en fonction des besoins du service.");

    /// <summary>Entreprise.description, for some offers.</summary>
    public static readonly TextTemplate[] EntrepriseDescriptions = TextTemplate.ParseAll(
        "{Entreprise} est une entreprise familiale installée {ALieu} depuis {Annees} ans.",
        "Acteur de référence {ALieu}, {Entreprise} place la qualité de service au coeur de son activité.",
        "Fondée il y a {Annees} ans, {Entreprise} compte aujourd'hui plusieurs établissements dans la région.",
        "Entreprise engagée pour l'emploi local, {Entreprise} forme et fait évoluer ses équipes.");
}
