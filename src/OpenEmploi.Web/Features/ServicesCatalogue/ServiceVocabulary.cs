namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>A value a service is classed by: its code (in the address and the store) and its French label.</summary>
public sealed record ServiceTerm(string Code, string Label);

/// <summary>Who a service is for, and what it helps with, as the Emploi Store classed its services.</summary>
public static class ServiceVocabulary
{
    public static IReadOnlyList<ServiceTerm> Audiences { get; } =
    [
        new("demandeurs", "Demandeurs d'emploi"),
        new("employeurs", "Employeurs et recruteurs"),
        new("acteurs", "Acteurs de l'emploi (conseillers, collectivités, associations)"),
        new("jeunes", "Jeunes, étudiants et apprentis"),
    ];

    public static IReadOnlyList<ServiceTerm> Themes { get; } =
    [
        new("recherche-emploi", "Chercher un emploi"),
        new("candidature", "Candidater (CV, lettre, entretien)"),
        new("orientation", "S'orienter et choisir un métier"),
        new("formation", "Se former"),
        new("creation-entreprise", "Créer son entreprise"),
        new("mobilite", "Mobilité et logement"),
        new("recrutement", "Recruter"),
        new("marche-travail", "Comprendre le marché du travail"),
        new("droits", "Droits et démarches"),
    ];

    public static ServiceTerm? Audience(string code) => Audiences.FirstOrDefault(a => a.Code == code);

    public static ServiceTerm? Theme(string code) => Themes.FirstOrDefault(t => t.Code == code);

    public static IEnumerable<string> AudienceLabels(IEnumerable<string> codes) => codes.Select(c => Audience(c)?.Label ?? c);

    public static IEnumerable<string> ThemeLabels(IEnumerable<string> codes) => codes.Select(c => Theme(c)?.Label ?? c);
}
