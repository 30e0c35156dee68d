using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>Violations of R08–R13 used while developing: contradictions set in the fields, English texts, identities removed.</summary>
internal static class ViolationCases2
{
    public static IEnumerable<EvalCase> R08to13()
    {
        string[] r08 = ["R08"];
        yield return Sentence("R08", r08, "Mission d'une semaine pour renforcer l'équipe.", Bases.Contract("CDI"), Cdi);
        yield return Sentence("R08", r08, "Contrat de 3 mois renouvelable une fois.", Bases.Contract("CDI"), Cdi);
        yield return Sentence("R08", r08, "Il s'agit d'un CDD de 6 mois.", Bases.Contract("CDI"), Cdi);
        yield return Sentence("R08", r08, "Vous avez 5 ans d'expérience minimum sur un poste similaire.", Bases.Experience("D"));
        yield return Sentence("R08", r08, "Débutants acceptés. Expérience exigée de 3 ans.", Bases.All);
        yield return Fields("R08", r08, "salaire mensuel sous le SMIC à 35 h", (o, _) => Pay(o, "Mensuel de 1200.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);
        yield return Fields("R08", r08, "taux horaire sous le SMIC", (o, _) => Pay(o, "Horaire de 9.50 Euros sur 12 mois", null), Bases.Salaried);
        yield return Sentence("R08", r08, "Poste en CDI.", Bases.Contract("CDD"));

        yield return Fields("R09", ["R09"], "description en anglais (vente)", (o, _) => o.Description = English.Sales, Bases.NotLanguageJob);
        yield return Fields("R09", ["R09"], "description en anglais (entrepôt)", (o, _) => o.Description = English.Warehouse, Bases.NotLanguageJob);
        yield return Fields("R09", ["R09"], "description en anglais (développeur)", (o, _) => o.Description = English.Developer, Bases.NotLanguageJob);

        string[] r10 = ["R10"];
        yield return Fields("R10", r10, "sans date de création", (o, _) => o.DateCreation = default);
        yield return Fields("R10", r10, "anonyme sans SIRET", (o, _) => o.Entreprise = new Entreprise(), dropSiret: true);
        yield return Fields("R10", r10, "agence d'intérim qui ne le dit pas (Adecco)", (o, _) => Agency(o, "Adecco Lyon"), Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", r10, "agence d'intérim qui ne le dit pas (NAF 78.20Z)", (o, _) => Agency(o, "Alpha Ressources Humaines"), Bases.NotAgency);

        string[] r11 = ["R11"];
        bool Unregulated(Offre o) => Bases.All(o) && Bases.NotRegulated(o);
        yield return Sentence("R11", r11, "Casier judiciaire vierge exigé.", Unregulated);
        yield return Sentence("R11", r11, "CV avec photo obligatoire.", Unregulated);
        yield return Sentence("R11", r11, "Merci de joindre une photo récente.", Unregulated);
        yield return Sentence("R11", r11, "Extrait de casier judiciaire à fournir.", Unregulated);
        yield return Sentence("R11", r11, "Indiquez votre groupe sanguin.", Unregulated);

        string[] r12 = ["R12"];
        yield return Sentence("R12", r12, "Personne non syndiquée de préférence.", Bases.All);
        yield return Sentence("R12", r12, "Pas d'engagement politique.", Bases.All);
        yield return Sentence("R12", r12, "Port du voile interdit.", Bases.All);
        yield return Sentence("R12", r12, "Militants s'abstenir.", Bases.All);
        yield return Sentence("R12", r12, "Catholique pratiquant(e) souhaité(e).", Bases.All);

        yield return Fields("R13", ["R13"], "aucun salaire", (o, _) => o.Salaire = null);
        yield return Fields("R13", ["R13"], "salaire vide", (o, _) => o.Salaire = new Salaire());
    }

    public static void Cdi(Offre o)
    {
        o.TypeContrat = "CDI";
        o.TypeContratLibelle = "Contrat à durée indéterminée";
    }

    public static void Pay(Offre o, string libelle, string? hours)
    {
        o.Salaire = new Salaire { Libelle = libelle };
        if (hours is not null)
            o.DureeTravailLibelle = hours;
    }

    public static void Agency(Offre o, string name)
    {
        o.Entreprise = new Entreprise { Nom = name };
        o.CodeNAF = "78.20Z";
    }
}
