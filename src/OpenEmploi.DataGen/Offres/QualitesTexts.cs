using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Offres;

/// <summary>The professional qualities France Travail offers list, with their standard explanations.</summary>
internal static class QualitesTexts
{
    public static readonly (string Libelle, string Description)[] Qualites =
    [
        ("Autonomie", "Capacité à prendre en charge son activité sans devoir être encadré de façon continue (le cas échéant, à solliciter les autres acteurs de l'entreprise)."),
        ("Capacité d'adaptation", "Capacité à s'adapter à des situations variées et à s'ajuster à des organisations, des collectifs de travail, des habitudes et des valeurs propres à l'entreprise."),
        ("Capacité de décision", "Capacité à faire des choix pour agir, à prendre en charge son activité et à rendre compte, sans devoir être encadré de façon continue."),
        ("Curiosité", "Capacité à aller chercher au-delà de ce que l'on sait, à trouver de nouvelles réponses, de nouvelles méthodes et de nouveaux points de vue."),
        ("Force de proposition", "Capacité à être à l'initiative de propositions, à faire émerger des idées pour faire évoluer une activité ou résoudre un problème."),
        ("Gestion du stress", "Capacité à garder le contrôle de soi pour agir efficacement face à des situations irritantes, imprévues, stressantes."),
        ("Persévérance", "Capacité à maintenir son effort jusqu'à l'achèvement complet d'une tâche, quels que soient les imprévus et les obstacles de réalisation rencontrés."),
        ("Réactivité", "Capacité à réagir rapidement face à des évènements et à des imprévus, en hiérarchisant les actions, en fonction de leur degré d'urgence / d'importance."),
        ("Rigueur", "Capacité à respecter les normes et consignes et à mener un travail avec précision."),
        ("Sens de l'organisation", "Capacité à organiser son propre travail, à établir des priorités, à planifier les tâches et à respecter les délais."),
        ("Sens de la communication", "Capacité à transmettre des informations clairement, à s'exprimer avec aisance auprès de différents interlocuteurs."),
        ("Travail en équipe", "Capacité à travailler avec d'autres personnes, à coopérer et à partager les informations pour atteindre un objectif commun."),
        ("Prise d'initiative", "Capacité à proposer des solutions nouvelles et à prendre en charge une action sans attendre une consigne."),
        ("Sens du service", "Capacité à être attentif aux besoins des clients et des usagers, et à y répondre de façon adaptée."),
    ];

    public static QualiteProfessionnelle ToWire(int index) =>
        new() { Libelle = Qualites[index].Libelle, Description = Qualites[index].Description };

    public static readonly string[] Langues = ["Anglais", "Espagnol", "Allemand", "Italien", "Arabe", "Portugais"];

    public static readonly string[] Complements =
    [
        "Mutuelle", "Tickets restaurant", "Prime", "Primes", "Participation/intéressement", "Chèque repas",
        "Indemnités de repas", "Comité d'entreprise", "Véhicule", "Frais de déplacement", "Prime de panier",
        "Treizième mois",
    ];

    public static readonly string[] SalaireCommentaires =
    [
        "Selon profil", "Selon expérience", "A négocier", "Selon convention collective", "Salaire attractif selon profil",
    ];

    public static readonly string[] Horaires =
    [
        "Travail en journée", "Travail en horaires décalés", "Travail le samedi", "Travail en équipe",
        "Travail de nuit", "Travail le dimanche", "Travail en week-end",
    ];

    public static readonly string[] ConditionsExercice =
    [
        "Port de charges", "Station debout prolongée", "Travail en extérieur", "Déplacements fréquents",
        "Travail en milieu bruyant", "Travail au contact du public", "Travail en hauteur",
    ];

    public static readonly string[] OutilsBureautiques =
    [
        "Traitement de texte (Word, Writer…)", "Tableur (Excel, Calc…)", "Messagerie électronique",
        "Logiciel de gestion commerciale", "Internet", "Logiciel de comptabilité",
    ];
}
