namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// Mission sentences by grand domaine (letter) and, for the high-volume domaines, by domaine
/// professionnel; an offer draws from its domaine's list followed by its grand domaine's.
/// </summary>
internal static class MissionTexts
{
    public static readonly IReadOnlyDictionary<string, TextTemplate[]> ByCode = new Dictionary<string, TextTemplate[]>(StringComparer.Ordinal)
    {
        ["A"] = TextTemplate.ParseAll(
            "Vous participez aux travaux de culture : préparation des sols, plantations, entretien et récolte.",
            "Vous utilisez et entretenez le matériel agricole mis à votre disposition.",
            "Vous respectez les consignes de sécurité et les bonnes pratiques environnementales de l'exploitation."),
        ["A12"] = TextTemplate.ParseAll(
            "Vous réalisez l'entretien des espaces verts : tonte, taille, désherbage et plantations.",
            "Vous intervenez chez des particuliers, des entreprises et des collectivités."),
        ["A15"] = TextTemplate.ParseAll(
            "Vous assurez les soins quotidiens aux animaux et l'entretien de leurs installations."),
        ["B"] = TextTemplate.ParseAll(
            "Vous réalisez des pièces à l'unité ou en petite série, dans le respect des techniques traditionnelles.",
            "Vous assurez la finition et le contrôle de vos ouvrages.",
            "Vous conseillez les clients sur le choix des matériaux et le suivi de leurs commandes."),
        ["C"] = TextTemplate.ParseAll(
            "Vous accueillez les clients et les conseillez sur les produits et services adaptés à leur situation.",
            "Vous développez et gérez un portefeuille de clients particuliers et professionnels.",
            "Vous assurez le suivi administratif des dossiers dans le respect de la réglementation."),
        ["D"] = TextTemplate.ParseAll(
            "Vous accueillez et conseillez la clientèle, et assurez l'encaissement des achats.",
            "Vous participez à la réception des marchandises, à la mise en rayon et au réassort.",
            "Vous veillez à la bonne tenue du magasin : propreté, étiquetage et mise en valeur des produits.",
            "Vous réalisez les ventes et fidélisez la clientèle en lui proposant les produits adaptés à ses besoins."),
        ["D11"] = TextTemplate.ParseAll(
            "Vous préparez les produits dans le respect des recettes de la maison et des règles d'hygiène.",
            "Vous servez et conseillez la clientèle au comptoir."),
        ["D14"] = TextTemplate.ParseAll(
            "Vous prospectez une clientèle de professionnels sur votre secteur et développez votre portefeuille.",
            "Vous négociez les conditions commerciales et assurez le suivi de vos clients.",
            "Vous rendez compte de votre activité à votre responsable grâce à l'outil de gestion de la relation client."),
        ["D15"] = TextTemplate.ParseAll(
            "Vous assurez l'approvisionnement des rayons et la rotation des produits.",
            "Vous tenez la caisse et accueillez les clients avec le sourire."),
        ["E"] = TextTemplate.ParseAll(
            "Vous concevez et réalisez des supports de communication imprimés et numériques.",
            "Vous participez à la définition de la stratégie de communication et au suivi des campagnes.",
            "Vous travaillez en lien étroit avec les équipes commerciales et les prestataires."),
        ["F"] = TextTemplate.ParseAll(
            "Vous intervenez sur des chantiers de construction et de rénovation de bâtiments.",
            "Vous réalisez les travaux conformément aux plans et aux règles de l'art, sous la responsabilité du chef de chantier.",
            "Vous préparez votre poste de travail et veillez au respect des consignes de sécurité sur le chantier.",
            "Vous assurez l'entretien courant de votre outillage et le repli du chantier en fin de journée."),
        ["F16"] = TextTemplate.ParseAll(
            "Vous intervenez principalement en rénovation, chez des particuliers comme chez des professionnels.",
            "Vous réalisez les finitions avec soin et laissez un chantier propre."),
        ["G"] = TextTemplate.ParseAll(
            "Vous accueillez la clientèle et contribuez à la qualité de son séjour.",
            "Vous veillez au respect des règles d'hygiène et de sécurité alimentaire (HACCP).",
            "Vous participez au nettoyage et au rangement du poste de travail en fin de service."),
        ["G16"] = TextTemplate.ParseAll(
            "Vous préparez les entrées, plats et desserts sous la responsabilité du chef de cuisine.",
            "Vous réceptionnez et rangez les marchandises, et participez à la gestion des stocks.",
            "Vous assurez la mise en place avant le service et le dressage des assiettes."),
        ["G18"] = TextTemplate.ParseAll(
            "Vous assurez la mise en place de la salle et le service des clients dans le respect des standards de la maison.",
            "Vous prenez les commandes, conseillez les clients sur les plats et les boissons et procédez à l'encaissement."),
        ["H"] = TextTemplate.ParseAll(
            "Vous conduisez une ligne de production et assurez les réglages nécessaires au bon fonctionnement des équipements.",
            "Vous contrôlez la qualité des produits fabriqués et renseignez les documents de suivi de production.",
            "Vous respectez les consignes d'hygiène, de sécurité et de qualité propres au site.",
            "Vous participez à l'amélioration continue et signalez tout dysfonctionnement à votre responsable."),
        ["I"] = TextTemplate.ParseAll(
            "Vous réalisez la maintenance préventive et corrective des équipements qui vous sont confiés.",
            "Vous diagnostiquez les pannes et procédez aux réparations nécessaires.",
            "Vous intervenez chez nos clients pour l'installation et la mise en service des équipements.",
            "Vous rédigez les comptes rendus d'intervention et conseillez les clients sur l'entretien de leurs installations."),
        ["J"] = TextTemplate.ParseAll(
            "Vous dispensez les soins d'hygiène et de confort aux patients, en collaboration avec l'équipe soignante.",
            "Vous participez à la surveillance de l'état de santé des patients et transmettez vos observations.",
            "Vous travaillez au sein d'une équipe pluridisciplinaire attentive à la qualité des soins.",
            "Vous assurez la traçabilité de vos actes dans le dossier de soins informatisé."),
        ["K"] = TextTemplate.ParseAll(
            "Vous accompagnez les personnes dans leurs démarches et favorisez leur autonomie.",
            "Vous travaillez en lien avec les familles, les partenaires et l'équipe pluridisciplinaire.",
            "Vous rendez compte de vos interventions à votre responsable."),
        ["K12"] = TextTemplate.ParseAll(
            "Vous participez à l'élaboration et au suivi des projets personnalisés des personnes accompagnées.",
            "Vous animez des activités collectives et individuelles adaptées au public accueilli."),
        ["K13"] = TextTemplate.ParseAll(
            "Vous accompagnez des personnes âgées ou en situation de handicap dans les gestes de la vie quotidienne : lever, toilette, repas.",
            "Vous intervenez au domicile des bénéficiaires pour l'entretien du logement, du linge et les courses.",
            "Vous veillez au bien-être et à la sécurité des personnes accompagnées."),
        ["K22"] = TextTemplate.ParseAll(
            "Vous assurez le nettoyage et l'entretien des locaux (bureaux, sanitaires, parties communes) dans le respect des protocoles d'hygiène.",
            "Vous utilisez les produits et le matériel adaptés (autolaveuse, monobrosse) et respectez les consignes de sécurité.",
            "Vous intervenez tôt le matin ou en fin de journée, en dehors des heures d'ouverture des bureaux."),
        ["K25"] = TextTemplate.ParseAll(
            "Vous assurez la surveillance du site, le contrôle des accès et les rondes de sécurité.",
            "Vous intervenez en cas d'incident et rédigez les rapports correspondants."),
        ["L"] = TextTemplate.ParseAll(
            "Vous participez à la préparation et au bon déroulement des spectacles et des événements.",
            "Vous assurez l'installation, les réglages et le démontage du matériel technique."),
        ["M"] = TextTemplate.ParseAll(
            "Vous assurez l'accueil téléphonique et physique, la gestion des agendas et le traitement du courrier.",
            "Vous prenez en charge la saisie, le classement et le suivi des dossiers administratifs.",
            "Vous participez à la préparation des tableaux de bord et au suivi de l'activité.",
            "Vous êtes l'interlocuteur ou l'interlocutrice privilégié(e) de nos clients et partenaires."),
        ["M12"] = TextTemplate.ParseAll(
            "Vous assurez la tenue de la comptabilité générale et participez aux clôtures mensuelles et annuelles.",
            "Vous gérez la facturation, les relances clients et le rapprochement bancaire."),
        ["M13"] = TextTemplate.ParseAll(
            "Vous pilotez l'activité et les équipes, et êtes garant(e) des résultats économiques.",
            "Vous définissez la stratégie de développement en lien avec la direction générale."),
        ["M15"] = TextTemplate.ParseAll(
            "Vous prenez en charge le recrutement, l'intégration et le suivi administratif du personnel.",
            "Vous préparez les éléments variables de paie et veillez au respect du droit du travail."),
        ["M18"] = TextTemplate.ParseAll(
            "Vous participez à la conception et au développement des applications, de l'analyse du besoin à la mise en production.",
            "Vous rédigez la documentation technique et réalisez les tests.",
            "Vous travaillez en méthode agile au sein d'une équipe produit."),
        ["N"] = TextTemplate.ParseAll(
            "Vous chargez et déchargez les marchandises et vérifiez la conformité des livraisons.",
            "Vous respectez les consignes de sécurité et les procédures qualité du site.",
            "Vous travaillez en équipe et en lien avec les services exploitation et commercial."),
        ["N11"] = TextTemplate.ParseAll(
            "Vous réalisez la préparation des commandes à l'aide d'un terminal de lecture, dans le respect des délais et de la qualité attendue.",
            "Vous participez aux inventaires et au rangement de l'entrepôt."),
        ["N41"] = TextTemplate.ParseAll(
            "Vous assurez la livraison de marchandises auprès de notre clientèle professionnelle sur un secteur régional.",
            "Vous veillez au bon état de votre véhicule et complétez les documents de transport.",
            "Vous respectez la réglementation sur les temps de conduite et de repos."),
    };

    public static readonly TextTemplate[] Generic = TextTemplate.ParseAll(
        "Vous travaillez en lien avec votre responsable et l'ensemble de l'équipe.",
        "Vous êtes formé(e) à nos outils et à nos procédures dès votre arrivée.");
}
