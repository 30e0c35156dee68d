namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// Word classes a pattern can name with @class: sets of words compiled once into the vocabulary so
/// that a pattern matches a whole family ("@sex uniquement") with one bit test per token.
/// </summary>
[Flags]
internal enum TermClass : uint
{
    None = 0,
    Male = 1 << 0,              // homme, garçon, monsieur, masculin
    Female = 1 << 1,            // femme, fille, dame, féminin
    FemJob = 1 << 2,            // feminine job nouns from the ROME appellations (vendeuse)
    MascJob = 1 << 3,           // their masculine forms (vendeur)
    Money = 1 << 4,             // €, euro(s), eur
    Negation = 1 << 5,          // pas, non, sans, aucun, ni, jamais
    French = 1 << 6,            // French function words, for the language check
    English = 1 << 7,           // English function words
    Religion = 1 << 8,          // catholique, musulman…
    Nationality = 1 << 9,       // français, européen, maghrébin…
    Recruit = 1 << 10,          // recherche, recrute, embauche…
    InclusiveEnding = 1 << 11,  // e, se, euse, rice, ne, ère… after "(" "." "·" "/"
    Freemail = 1 << 12,         // gmail, hotmail… (tokens of an e-mail address)
    Messaging = 1 << 13,        // whatsapp, telegram…
    Fraud = 1 << 14,            // bitcoin, transcash, western…
    Agency = 1 << 15,           // interim, adecco, manpower… in an employer's name
    Exclusion = 1 << 16,        // abstenir, exclu, refusé, proscrit, rédhibitoire…: "X s'abstenir"
    Welcome = 1 << 17,          // accepté, admis, retenu, bienvenu…: "X ne sont pas acceptés"
    Suitable = 1 << 18,         // adapté, accessible, ouvert, destiné…: "poste non adapté aux X"

    Sex = Male | Female,
}
