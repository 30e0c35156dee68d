namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// The 400 messages of the offers API, byte for byte (offres-api-v2.md): public clients match
/// them exactly, French guillemets with an ordinary space inside included.
/// </summary>
internal static class ParameterErrors
{
    public const string PlageTropImportante = "La plage de résultats demandée est trop importante.";

    public const string DebutTropGrand = "La position de début doit être inférieure ou égale à 3000.";

    public const string RangeFormat = "Format du paramètre « range » incorrect. <entier>-<entier> attendu.";

    public const string MotsClesFormat =
        "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.";

    // The API lists the values in this order, not alphabetically; clients compare the text.
    public const string GrandDomaineFormat =
        "Format du paramètre « grandDomaine » incorrect. A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M15, M18, M, M16, M17, M13, M14 ou N attendu.";

    public const string ExperienceExigenceFormat = "Format du paramètre « experienceExigence » incorrect. D, E ou S attendu.";

    public static string ValeurIncorrecte(string parameter) => $"Valeur du paramètre « {parameter} » incorrecte.";

    public static string BooleenAttendu(string parameter) => $"Format du paramètre « {parameter} » incorrect. Booléen attendu.";
}
