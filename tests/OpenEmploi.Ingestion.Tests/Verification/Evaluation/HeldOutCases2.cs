using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Second held-out batch, written after the first one had been measured and used to fix the rules
/// (see docs/verification.md): new phrasings, measured once, never tuned on.
/// </summary>
internal static class HeldOutCases2
{
    public static IEnumerable<EvalCase> All() => Violations().Concat(LookAlikes()).Select(c => c with { HeldOut = true });

    private static IEnumerable<EvalCase> Violations()
    {
        bool Private(Offre o) => Bases.All(o) && Bases.NotPublic(o);
        bool Unregulated(Offre o) => Bases.All(o) && Bases.NotRegulated(o);
        yield return Sentence("R01", ["R01"], "Poste exclusivement féminin.", Bases.All);
        yield return Sentence("R01", ["R01"], "Nous embauchons des garçons pour la manutention.", Bases.All);
        yield return Title("R01", ["R01"], "Assistante de direction", Bases.All);
        yield return Title("R01", ["R01"], "Esthéticienne", Bases.All);
        yield return Sentence("R01", ["R01"], "Recrutement réservé à la gent féminine.", Bases.All);
        yield return Sentence("R01", ["R01"], "Les candidatures masculines ne seront pas retenues.", Bases.All);

        yield return Sentence("R02", ["R02"], "Public visé : candidats de 18 à 30 ans.", Bases.All);
        yield return Sentence("R02", ["R02"], "La limite d'âge est fixée à 50 ans.", Bases.All);
        yield return Sentence("R02", ["R02"], "Vous êtes jeune, dynamique et sportif ?", Bases.All);
        yield return Sentence("R02", ["R02"], "Profil : jeune bachelier.", Bases.All);
        yield return Sentence("R02", ["R02"], "Trentenaire de préférence.", Bases.All);
        yield return Sentence("R02", ["R02"], "Ouvert aux seniors de plus de 55 ans.", Bases.All);

        yield return Sentence("R03", ["R03"], "Citoyenneté française obligatoire.", Private);
        yield return Sentence("R03", ["R03"], "Profil européen souhaité pour notre clientèle.", Private);
        yield return Sentence("R03", ["R03"], "Bon français sans accent régional.", Private);
        yield return Sentence("R03", ["R03"], "Candidat de souche française.", Private);
        yield return Sentence("R03", ["R03"], "Personnes d'origine étrangère s'abstenir.", Private);
        yield return Sentence("R03", ["R03"], "Confession juive appréciée.", Private);

        yield return Sentence("R04", ["R04"], "Situation de famille : célibataire souhaité.", Bases.All);
        yield return Sentence("R04", ["R04"], "Mère isolée s'abstenir.", Bases.All);
        yield return Sentence("R04", ["R04"], "Vous ne devez pas être enceinte.", Bases.All);
        yield return Sentence("R04", ["R04"], "Pas de projet d'enfant à court terme.", Bases.All);
        yield return Sentence("R04", ["R04"], "Couple marié privilégié pour ce poste de gardiennage.", Bases.All);

        yield return Sentence("R05", ["R05"], "Vous devez être en excellente santé.", Bases.All);
        yield return Sentence("R05", ["R05"], "Bon physique exigé pour l'accueil.", Bases.All);
        yield return Sentence("R05", ["R05"], "Obésité non acceptée.", Bases.All);
        yield return Sentence("R05", ["R05"], "Aucun antécédent médical.", Bases.All);
        yield return Sentence("R05", ["R05"], "Pas de personne handicapée.", Bases.All);

        yield return Sentence("R06", ["R06"], "Exclusivement pour les résidents de la commune.", Bases.All);
        yield return Sentence("R06", ["R06"], "Habitant le 13e arrondissement impérativement.", Bases.All);
        yield return Sentence("R06", ["R06"], "Compte bancaire obligatoirement ouvert à la Banque Postale.", Bases.All);
        yield return Sentence("R06", ["R06"], "Vous ne devez pas être interdit bancaire.", Bases.All);

        yield return Sentence("R07", ["R07"], "Une somme de 45 € est demandée pour l'ouverture de votre dossier.", Bases.All);
        yield return Sentence("R07", ["R07"], "Frais de constitution de dossier : 30 euros.", Bases.All);
        yield return Sentence("R07", ["R07"], "Vous achetez votre stock de démarrage auprès de nous.", Bases.All);
        yield return Sentence("R07", ["R07"], "Appelez le 08 92 12 34 56 pour postuler.", Bases.All);

        yield return Sentence("R08", ["R08"], "Contrat d'un mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", ["R08"], "Mission de 10 jours en janvier.", Bases.Contract("CDI"));
        yield return Sentence("R08", ["R08"], "Minimum 3 années d'expérience dans un poste équivalent.", Bases.Experience("D"));
        yield return Fields("R08", ["R08"], "1 500 € pour 35 heures", (o, _) => Pay(o, "Mensuel de 1500.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);
        yield return Sentence("R08", ["R08"], "Contrat à durée indéterminée dès la prise de poste.", Bases.Contract("CDD"));

        yield return Fields("R09", ["R09"], "description en anglais (livraison)", (o, _) => o.Description = English.Driver, Bases.NotLanguageJob);
        yield return Fields("R09", ["R09"], "description en anglais (réception)", (o, _) => o.Description = English.Receptionist, Bases.NotLanguageJob);

        yield return Fields("R10", ["R10"], "agence qui ne le dit pas (Randstad)", (o, _) => o.Entreprise = new Entreprise { Nom = "Randstad Toulouse" }, Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", ["R10"], "date de création absente", (o, _) => o.DateCreation = default);
        yield return Fields("R10", ["R10"], "nom vide et pas de SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "" }, dropSiret: true);

        yield return Sentence("R11", ["R11"], "Joindre un extrait de casier judiciaire à votre candidature.", Unregulated);
        yield return Sentence("R11", ["R11"], "Envoyez CV et photo à l'adresse ci-dessous.", Unregulated);
        yield return Sentence("R11", ["R11"], "Analyse graphologique de votre lettre manuscrite.", Unregulated);

        yield return Sentence("R12", ["R12"], "Syndicalistes s'abstenir.", Bases.All);
        yield return Sentence("R12", ["R12"], "Aucune appartenance politique tolérée.", Bases.All);
        yield return Sentence("R12", ["R12"], "Le port du foulard n'est pas accepté.", Bases.All);
        yield return Sentence("R12", ["R12"], "Vous devez être pratiquant.", Bases.All);

        yield return Fields("R13", ["R13"], "commentaire de salaire blanc", (o, _) => o.Salaire = new Salaire { Commentaire = " " });
    }

    private static IEnumerable<EvalCase> LookAlikes()
    {
        yield return Title("R01", [], "Esthéticien(ne)", Bases.All);
        yield return Title("R01", [], "Assistant·e de direction", Bases.All);
        yield return Sentence("R01", [], "Boutique de mode homme : vous conseillez notre clientèle.", Bases.All);
        yield return Title("R01", [], "Coiffeur pour hommes H/F", Bases.All);
        yield return Sentence("R01", [], "Vous accueillez une clientèle féminine dans notre institut.", Bases.All);
        yield return Sentence("R02", [], "Encadrement des U15 (jeunes de 13 à 15 ans) du club.", Bases.All);
        yield return Sentence("R02", [], "Contrat de professionnalisation réservé aux jeunes de 16 à 25 ans.", null, Apprentice);
        yield return Sentence("R02", [], "Nous sommes une start-up jeune et ambitieuse.", Bases.All);
        yield return Sentence("R02", [], "Nos produits bénéficient d'une garantie de 10 ans.", Bases.All);
        yield return Sentence("R02", [], "Vous avez au moins 18 ans (vente d'alcool).", Bases.All);
        yield return Sentence("R03", [], "Spécialités d'origine asiatique préparées sur place.", Bases.All);
        yield return Sentence("R03", [], "Vous parlez un français impeccable.", Bases.All);
        yield return Sentence("R03", [], "Poste de catégorie B de la fonction publique territoriale : nationalité française ou européenne exigée.", null, o => o.CodeNAF = "84.11Z");
        yield return Sentence("R03", [], "Installation de prises de type européen.", Bases.All);
        yield return Sentence("R04", [], "Prime de naissance et congé paternité allongé.", Bases.All);
        yield return Sentence("R04", [], "Crèche d'entreprise pour les enfants des salariés.", Bases.All);
        yield return Sentence("R04", [], "Vous gérez les dossiers d'aide aux familles monoparentales.", Bases.All);
        yield return Sentence("R05", [], "Nous accueillons volontiers les personnes en situation de handicap.", Bases.All);
        yield return Sentence("R05", [], "Port de charges lourdes : bonne condition physique appréciée.", Bases.All);
        yield return Sentence("R05", [], "Poste adapté aux travailleurs reconnus handicapés.", Bases.All);
        yield return Sentence("R06", [], "Logement possible pour les saisonniers.", Bases.All);
        yield return Sentence("R06", [], "Le site est facilement accessible depuis Lyon.", Bases.All);
        yield return Sentence("R06", [], "Vous conseillez nos clients sur leur situation financière.", Bases.All);
        yield return Sentence("R07", [], "Frais de repas pris en charge par l'employeur.", Bases.All);
        yield return Sentence("R07", [], "Pas de frais de formation : tout est financé par l'entreprise.", Bases.All);
        yield return Sentence("R07", [], "Vous encaissez les règlements des clients.", Bases.All);
        yield return Sentence("R08", [], "Un parcours de formation de 3 semaines vous attend.", Bases.Contract("CDI"));
        yield return Sentence("R08", [], "Perspective d'embauche en CDI.", Bases.Contract("CDD"));
        yield return Sentence("R08", [], "Minimum 2 ans d'expérience.", Bases.Experience("E"));
        yield return Fields("R09", [], "formateur d'anglais, description en anglais", (o, _) =>
        {
            Rome(o, "K2111", "Formateur d'anglais H/F");
            o.Description = English.Teacher;
        });
        yield return Sentence("R09", [], "Vous suivez le process, le workflow et le reporting de l'équipe.", Bases.All);
        yield return Fields("R10", [], "agence en mission d'intérim", (o, _) => o.Entreprise = new Entreprise { Nom = "Randstad" }, Bases.Contract("MIS"), PosterKind.Agency);
        yield return Fields("R10", [], "entreprise de travail temporaire qui le dit", (o, r) =>
        {
            Agency(o, "Groupe Alpha RH");
            o.Description = Inject(o.Description ?? "", "Entreprise de travail temporaire, nous recrutons pour notre client.", r);
        }, Bases.NotAgency, PosterKind.Agency);
        yield return Sentence("R11", [], "Casier judiciaire vierge indispensable.", null, o => Rome(o, "K2506", "Convoyeur de fonds H/F"));
        yield return Sentence("R11", [], "Extrait de casier judiciaire (travail avec des mineurs).", null, o => Rome(o, "G1203", "Animateur jeunesse H/F"));
        yield return Sentence("R11", [], "Vous réalisez des photos de produits pour le site.", null, o => Rome(o, "E1201", "Photographe H/F"));
        yield return Sentence("R12", [], "Club de voile : préparation des bateaux.", Bases.All);
        yield return Sentence("R12", [], "Vous assistez les représentants du personnel.", Bases.All);
        yield return Sentence("R12", [], "Vous êtes catholique pratiquant.", null, o => o.CodeNAF = "94.91Z");
        yield return Fields("R13", [], "taux horaire dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Rémunération : 12,50 € brut de l'heure.", r);
        });
    }
}
