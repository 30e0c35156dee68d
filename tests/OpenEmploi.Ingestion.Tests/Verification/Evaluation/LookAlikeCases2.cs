using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>Compliant look-alikes of R08–R13 (development set).</summary>
internal static class LookAlikeCases2
{
    public static IEnumerable<EvalCase> R08to13()
    {
        yield return Sentence("R08", [], "Période d'essai de 2 mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", [], "Formation d'intégration d'une semaine à Paris.", Bases.Contract("CDI"));
        yield return Sentence("R08", [], "Possibilité de CDI à l'issue du contrat.", Bases.Contract("CDD"));
        yield return Sentence("R08", [], "Expérience de 2 ans exigée.", Bases.Experience("E"));
        yield return Sentence("R08", [], "Une première expérience serait un plus.", Bases.Experience("D"));
        yield return Fields("R08", [], "temps partiel payé au-dessus du SMIC", (o, _) => Pay(o, "Mensuel de 1300.00 Euros sur 12 mois", "24H Horaires normaux"), Bases.Salaried);
        yield return Fields("R08", [], "apprenti payé sous le SMIC (légal)", (o, _) =>
        {
            Apprentice(o);
            Pay(o, "Mensuel de 900.00 Euros sur 12 mois", "35H Horaires normaux");
        });
        yield return Sentence("R08", [], "Missions de 6 à 12 mois chez nos clients grands comptes.", Bases.Contract("CDI"));

        yield return Sentence("R09", [], "Anglais courant exigé : clientèle internationale.", Bases.All);
        yield return Fields("R09", [], "professeur d'anglais, description en anglais", (o, _) =>
        {
            Rome(o, "K2107", "Professeur d'anglais H/F");
            o.Description = English.Teacher;
        });
        yield return Fields("R09", [], "traducteur, description en anglais", (o, _) =>
        {
            Rome(o, "E1108", "Traducteur anglais-français H/F");
            o.Description = English.CustomerService;
        });
        yield return Fields("R09", [], "offre bilingue, version française d'abord", (o, _) => o.Description += "\nEnglish version: we are looking for a new team member, please apply online.");

        yield return Fields("R10", [], "anonyme avec SIRET connu", (o, _) => o.Entreprise = new Entreprise());
        yield return Fields("R10", [], "agence avec contrat de mission", (o, _) =>
        {
            Agency(o, "Adecco Lyon");
            o.TypeContrat = "MIS";
            o.TypeContratLibelle = "Mission intérimaire - 3 Mois";
        }, Bases.Contract("MIS"), PosterKind.Agency);
        yield return Fields("R10", [], "agence d'intérim nommée comme telle", (o, _) => Agency(o, "Proxi Intérim Nantes"), Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", [], "agence qui dit recruter pour un client", (o, r) =>
        {
            Agency(o, "Manpower Lille");
            o.Description = Inject(o.Description ?? "", "Pour l'un de nos clients, nous recrutons ce profil.", r);
        }, Bases.NotAgency, PosterKind.Agency);

        yield return Sentence("R11", [], "Casier judiciaire vierge (carte professionnelle CNAPS).", null, o => Rome(o, "K2503", "Agent de sécurité H/F"));
        yield return Sentence("R11", [], "Extrait de casier judiciaire exigé (travail auprès d'enfants).", null, o => Rome(o, "K1303", "Garde d'enfants H/F"));
        yield return Sentence("R11", [], "Casier judiciaire vierge exigé.", null, o => Rome(o, "K2106", "Professeur des écoles H/F"));
        yield return Sentence("R11", [], "Un extrait de casier judiciaire vous sera demandé.", null, o => Rome(o, "C1206", "Conseiller clientèle bancaire H/F"));
        yield return Sentence("R11", [], "Retouche photo et shooting produits.", null, o => Rome(o, "E1201", "Photographe H/F"));
        yield return Sentence("R11", [], "Book photo obligatoire.", null, o => Rome(o, "L1102", "Mannequin H/F"));

        yield return Sentence("R12", [], "Vous négociez avec les délégués syndicaux.", Bases.All);
        yield return Sentence("R12", [], "Encadrement de stages de voile pour tous niveaux.", null, o => Rome(o, "G1204", "Moniteur de voile H/F"));
        yield return Sentence("R12", [], "Sportif pratiquant le tennis en club, vous animez les cours.", Bases.All);
        yield return Sentence("R12", [], "Engagement syndical souhaité.", null, o => o.CodeNAF = "94.20Z");
        yield return Sentence("R12", [], "Respect du principe de laïcité.", Bases.All);

        yield return Fields("R13", [], "salaire indiqué dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire : 2 400 € brut par mois.", r);
        });
        yield return Fields("R13", [], "commentaire de salaire", (o, _) => o.Salaire = new Salaire { Commentaire = "Selon profil" });
    }
}
