namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// Synthetic employer names: patterns by NAF division filled with common French surnames, place
/// words and the commune's name ("Boulangerie Martin", "Transports Leroy", "Clinique du Parc").
/// Any resemblance to a real business is a coincidence of common words.
/// </summary>
internal static class EmployeurTexts
{
    public static readonly string[] Noms =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
        "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
        "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
        "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
        "Bourgeois", "Pierre", "Benoit", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
    ];

    public static readonly string[] Lieux =
    [
        "du Parc", "de la Gare", "du Centre", "des Tilleuls", "du Lac", "de la Place", "du Port", "du Marché",
        "de l'Étoile", "du Moulin", "des Cèdres", "de la Fontaine", "du Château", "des Vignes", "du Val",
        "des Lilas", "de la Vallée", "du Pont", "des Sources", "de la Forêt",
    ];

    public static readonly string[] Prenoms =
    [
        "Julie", "Camille", "Léa", "Manon", "Sarah", "Chloé", "Emma", "Inès", "Lucas", "Hugo", "Nathan", "Louis",
        "Sophie", "Claire", "Élodie", "Nadia", "Karim", "Yanis", "Thomas", "Pauline",
    ];

    public static readonly string[] Sigles =
    [
        "ABC", "AMS", "CTS", "EGS", "GTM", "HMS", "IDF", "MCE", "NRG", "OPS", "PRS", "SEMA", "SOTEC", "TMB", "TPA", "VMS",
    ];

    /// <summary>Names for temporary-work agencies (division 78), always followed by the city.</summary>
    public static readonly TextTemplate[] Interim = TextTemplate.ParseAll(
        "Intérim Plus {Ville}", "Proxi Intérim {Ville}", "Alpha Emploi {Ville}", "{Nom} Travail Temporaire",
        "Atout Intérim {Ville}", "Horizon Intérim {Ville}", "{Sigle} Intérim {Ville}");

    public static readonly TextTemplate[] Generic = TextTemplate.ParseAll(
        "SARL {Nom}", "SAS {Nom}", "{Nom} et Fils", "Établissements {Nom}", "Groupe {Nom}", "{Sigle} {Nom}",
        "{Nom} Services", "{Sigle} Services");

    /// <summary>Patterns by NAF division; a division not listed uses <see cref="Generic"/>.</summary>
    public static readonly IReadOnlyDictionary<string, TextTemplate[]> ByDivision = new Dictionary<string, TextTemplate[]>(StringComparer.Ordinal)
    {
        ["01"] = TextTemplate.ParseAll("EARL {Nom}", "GAEC {Lieu}", "Domaine {Nom}", "SCEA {Nom}", "Les Vergers {Lieu}"),
        ["10"] = TextTemplate.ParseAll("Boulangerie {Nom}", "Boulangerie-Pâtisserie {Lieu}", "Maison {Nom}", "Salaisons {Nom}", "{Nom} Traiteur"),
        ["41"] = TextTemplate.ParseAll("{Nom} Bâtiment", "SARL {Nom} Construction", "Entreprise {Nom} et Fils", "Bâtir {Ville}"),
        ["42"] = TextTemplate.ParseAll("{Nom} Travaux Publics", "{Sigle} TP", "Routes et Réseaux {Nom}"),
        ["43"] = TextTemplate.ParseAll("{Nom} Électricité", "{Nom} Plomberie Chauffage", "Menuiserie {Nom}", "{Nom} Peinture et Décoration", "Isolation {Nom}", "{Sigle} Rénovation"),
        ["45"] = TextTemplate.ParseAll("Garage {Nom}", "Garage {Lieu}", "{Nom} Automobiles", "Carrosserie {Nom}"),
        ["46"] = TextTemplate.ParseAll("{Nom} Distribution", "{Sigle} Négoce", "Comptoir {Nom}"),
        ["47"] = TextTemplate.ParseAll("Supermarché {Lieu}", "Boutique {Prenom}", "{Nom} Mode", "Le Comptoir {Lieu}", "Marché {Nom}", "Maison {Nom}"),
        ["49"] = TextTemplate.ParseAll("Transports {Nom}", "SAS Transports {Nom}", "{Nom} Logistique", "Autocars {Nom}"),
        ["52"] = TextTemplate.ParseAll("{Nom} Logistique", "Logistique {Ville}", "Entrepôts {Nom}", "{Sigle} Logistics"),
        ["55"] = TextTemplate.ParseAll("Hôtel {Lieu}", "Hôtel {Nom}", "Résidence {Lieu}", "Camping {Lieu}"),
        ["56"] = TextTemplate.ParseAll("Restaurant {Lieu}", "Brasserie {Lieu}", "Le Bistrot de {Prenom}", "Café {Nom}", "La Table {Lieu}", "Restauration {Nom}"),
        ["62"] = TextTemplate.ParseAll("{Nom} Informatique", "{Sigle} Conseil", "{Sigle} Numérique", "{Nom} Digital"),
        ["68"] = TextTemplate.ParseAll("{Nom} Immobilier", "Agence {Lieu}", "Cabinet {Nom} Immobilier"),
        ["69"] = TextTemplate.ParseAll("Cabinet {Nom}", "{Nom} et Associés", "Cabinet {Nom} Expertise Comptable"),
        ["80"] = TextTemplate.ParseAll("{Nom} Sécurité", "Sécurité Protection {Ville}", "{Sigle} Gardiennage"),
        ["81"] = TextTemplate.ParseAll("{Nom} Propreté", "Propreté Services {Ville}", "{Sigle} Nettoyage", "Net {Ville} Services"),
        ["84"] = TextTemplate.ParseAll("Commune de {Ville}", "Mairie de {Ville}", "Syndicat intercommunal {Lieu}"),
        ["85"] = TextTemplate.ParseAll("Centre de formation {Nom}", "Auto-école {Prenom}", "Institut {Nom}"),
        ["86"] = TextTemplate.ParseAll("Clinique {Lieu}", "Centre hospitalier de {Ville}", "Cabinet médical {Lieu}", "Centre de santé {Lieu}"),
        ["87"] = TextTemplate.ParseAll("EHPAD {Lieu}", "Résidence {Lieu}", "Maison d'accueil {Lieu}"),
        ["88"] = TextTemplate.ParseAll("Association d'aide à domicile de {Ville}", "{Ville} Services à Domicile", "Crèche {Lieu}", "Association {Lieu}"),
        ["93"] = TextTemplate.ParseAll("Club sportif de {Ville}", "Loisirs {Lieu}", "Parc de loisirs {Lieu}"),
        ["96"] = TextTemplate.ParseAll("Salon {Prenom}", "Institut {Prenom}", "Pompes funèbres {Nom}", "Coiffure {Prenom}"),
        ["97"] = TextTemplate.ParseAll("Particulier employeur", "Famille {Nom}"),
    };
}
