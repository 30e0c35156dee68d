namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// Recruiters as descriptions name them. Surnames are chosen among those that are no place, no
/// first name and no word of the generated texts, so that a test can look for them in an export.
/// </summary>
internal static class ContactTexts
{
    public static readonly string[] Prenoms =
    [
        "Julie", "Camille", "Léa", "Manon", "Sarah", "Chloé", "Emma", "Inès", "Lucas", "Hugo", "Nathan", "Louis",
        "Sophie", "Élodie", "Nadia", "Karim", "Yanis", "Thomas", "Pauline", "Jean-Pierre", "Marie-Claire", "Stéphanie",
        "Sébastien", "Nathalie", "Mohamed", "Fatou", "Aurélie", "Guillaume", "Céline", "Frédéric",
    ];

    public static readonly string[] Noms =
    [
        "Dubois", "Lefebvre", "Moreau", "Fournier", "Girard", "Bonnet", "Lambert", "Rousseau", "Mercier", "Garnier",
        "Gauthier", "Perrin", "Morin", "Masson", "Marchand", "Duval", "Lemaire", "Meunier", "Blanchard", "Brunet",
        "Gaillard", "Barbier", "Renard", "Schmitt", "Leclerc", "Picard", "Aubert", "Lemoine", "Renaud", "Lacroix",
        "Bourgeois", "Rolland", "Lecomte", "Dupont", "Leroy", "Nguyen", "Benali", "Kowalski", "Da Silva", "Le Gall",
    ];

    public static readonly string[] FreeMails = ["gmail.com", "hotmail.fr", "orange.fr", "yahoo.fr", "outlook.fr", "laposte.net"];

    public static readonly string[] Voies = ["rue", "avenue", "boulevard", "chemin", "impasse", "allée"];

    public static readonly string[] NomsDeVoie = ["des Lilas", "Victor Hugo", "de la République", "du Général Leclerc", "des Écoles", "Pasteur"];
}
