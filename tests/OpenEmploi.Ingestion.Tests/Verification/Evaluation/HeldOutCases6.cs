using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Sixth held-out batch, written after the rules had been generalised for the fourth and fifth
/// ones, and measured once: the latest estimate of recall on phrasings the rules never saw
/// (docs/verification.md records that run).
/// </summary>
internal static class HeldOutCases6
{
    public static IEnumerable<EvalCase> All() => Violations().Concat(LookAlikes()).Select(c => c with { HeldOut = true });

    private static IEnumerable<EvalCase> Violations()
    {
        string[] r01 = ["R01"], r02 = ["R02"], r03 = ["R03"], r04 = ["R04"], r05 = ["R05"], r06 = ["R06"], r07 = ["R07"], r08 = ["R08"],
            r09 = ["R09"], r10 = ["R10"], r11 = ["R11"], r12 = ["R12"], r13 = ["R13"];
        yield return Sentence("R01", r01, "Nous privilégierons les candidatures masculines.", Bases.All);
        yield return Sentence("R01", r01, "Poste idéalement tenu par une femme.", Bases.All);
        yield return Title("R01", r01, "Esthéticienne - Prothésiste ongulaire", Bases.All);
        yield return Sentence("R01", ["R01", "R02"], "Le candidat idéal est un homme de 30 à 40 ans.", Bases.All);
        yield return Sentence("R01", r01, "Travail de nuit réservé au personnel masculin.", Bases.All);
        yield return Sentence("R01", r01, "Vous êtes une femme dynamique et souriante ?", Bases.All);
        // On fixed-term bases: a "(CDD)" title over a CDI would also be R08's contradiction.
        yield return Title("R01", r01, "Vendeuses en boulangerie (CDD)", Bases.Contract("CDD"));

        yield return Sentence("R02", r02, "Age souhaité entre 20 et 35 ans.", Bases.All);
        yield return Sentence("R02", r02, "Vous avez moins de 30 ans et souhaitez vous former ?", Bases.All);
        yield return Sentence("R02", r02, "Nous recherchons un profil jeune (moins de 28 ans).", Bases.All);
        yield return Sentence("R02", r02, "Les plus de 45 ans ne seront pas retenus.", Bases.All);
        yield return Sentence("R02", r02, "Candidature réservée aux moins de 25 ans.", Bases.All);
        yield return Sentence("R02", r02, "Poste idéal pour jeune sortant d'école.", Bases.All);
        yield return Sentence("R02", r02, "Profil : la trentaine, dynamique.", Bases.All);

        yield return Sentence("R03", r03, "Nationalité française obligatoire pour ce poste de vendeur.", Bases.Private);
        yield return Sentence("R03", r03, "Profil européen exigé pour représenter notre marque.", Bases.Private);
        yield return Sentence("R03", r03, "Les candidats d'origine africaine ne seront pas considérés.", Bases.Private);
        yield return Sentence("R03", r03, "Aucun accent régional ou étranger.", Bases.Private);
        yield return Sentence("R03", r03, "De préférence de culture chrétienne.", Bases.Private);
        yield return Sentence("R03", r03, "Type caucasien impératif.", Bases.Private);
        yield return Sentence("R03", r03, "Ressortissants hors UE s'abstenir.", Bases.Private);

        yield return Sentence("R04", r04, "Célibataire sans enfant de préférence.", Bases.All);
        yield return Sentence("R04", r04, "Vous ne devez pas avoir d'enfants en bas âge.", Bases.All);
        yield return Sentence("R04", r04, "Candidates enceintes : poste non adapté.", Bases.All);
        yield return Sentence("R04", r04, "Situation familiale : merci de la préciser.", Bases.All);
        yield return Sentence("R04", r04, "Disponibilité totale, pas de vie de famille contraignante.", Bases.All);
        yield return Sentence("R04", r04, "Préférence pour une personne sans enfants à charge.", Bases.All);

        yield return Sentence("R05", r05, "Personne en excellente santé.", Bases.All);
        yield return Sentence("R05", r05, "Aucune maladie chronique tolérée.", Bases.All);
        yield return Sentence("R05", r05, "Handicapés : poste non adapté.", Bases.All);
        yield return Sentence("R05", r05, "Allure élégante et physique soigné exigés.", Bases.All);
        yield return Sentence("R05", r05, "Taille minimale exigée : 1,75 m.", Bases.All);
        yield return Sentence("R05", r05, "Pas de surpoids.", Bases.All);
        yield return Sentence("R05", r05, "Vous n'avez pas de problème de vue.", Bases.All);

        yield return Sentence("R06", r06, "Habitants du 13e arrondissement prioritaires.", Bases.All);
        yield return Sentence("R06", r06, "Réservé aux personnes habitant la commune.", Bases.All);
        yield return Sentence("R06", r06, "Vous devez résider dans un rayon de 10 km.", Bases.All);
        yield return Sentence("R06", r06, "Domicile à moins de 15 minutes exigé.", Bases.All);
        yield return Sentence("R06", r06, "Vous possédez un compte au Crédit Agricole.", Bases.All);
        yield return Sentence("R06", r06, "Aucun incident de paiement.", Bases.All);
        yield return Sentence("R06", r06, "Propriétaire de votre logement, impératif.", Bases.All);

        yield return Sentence("R07", r07, "Frais d'inscription : 30 €, remboursés après 3 mois.", Bases.All);
        yield return Sentence("R07", r07, "Le kit de démarrage vous coûtera 150 €.", Bases.All);
        yield return Sentence("R07", r07, "Prévoir 50 € pour les frais de dossier.", Bases.All);
        yield return Sentence("R07", r07, "Un versement de 200 € est exigé à la signature du contrat.", Bases.All);
        yield return Sentence("R07", r07, "L'accès à notre fichier d'employeurs est payant (19 €).", Bases.All);
        yield return Sentence("R07", r07, "Les candidats règlent une caution pour le matériel.", Bases.All);
        yield return Sentence("R07", r07, "Numéro surtaxé : 0899 10 20 30.", Bases.All);

        yield return Sentence("R08", r08, "Remplacement de 3 mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Contrat de quinze jours.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Mission d'intérim de 4 semaines.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Il s'agit d'un CDI.", Bases.Contract("CDD"));
        yield return Sentence("R08", r08, "Expérience : 6 ans minimum.", Bases.Experience("D"));
        yield return Sentence("R08", r08, "Vous avez au moins deux ans d'expérience.", Bases.Experience("D"));
        yield return Fields("R08", r08, "1 750 € par mois pour 35 h", (o, _) => Pay(o, "Mensuel de 1750.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);
        yield return Fields("R08", r08, "9 € de l'heure", (o, _) => Pay(o, "Horaire de 9.00 Euros sur 12 mois", null), Bases.Salaried);

        yield return Fields("R09", r09, "description en anglais (jardinier)", (o, _) => o.Description = English.Gardener, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "description en anglais (comptabilité fournisseurs)", (o, _) => o.Description = English.Accounts, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "description en anglais (bar)", (o, _) => o.Description = English.Host, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "anglais, coordonnées en français", (o, _) => o.Description = English.Host + "\nContact : envoyez votre CV à l'adresse indiquée.", Bases.NotLanguageJob);

        yield return Fields("R10", r10, "agence déclarée par le poseur (Proman)", (o, _) => (o.Entreprise, o.CodeNAF) = (new Entreprise { Nom = "Proman" }, null), Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", r10, "agence au NAF 78.20Z (Gojob)", (o, _) => Agency(o, "Gojob"), Bases.NotAgency);
        yield return Fields("R10", r10, "agence signalée par le flux (Crit)", (o, _) => o.Entreprise = new Entreprise { Nom = "Crit" }, Bases.NotAgency, raw: r => r.Employer.IsAgency = true);
        yield return Fields("R10", r10, "« Non communiqué » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Non communiqué" }, dropSiret: true);
        yield return Fields("R10", r10, "« Entreprise confidentielle » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Entreprise confidentielle" }, dropSiret: true);
        yield return Fields("R10", r10, "« Anonyme » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Anonyme" }, dropSiret: true);
        yield return Fields("R10", r10, "sans date", (o, _) => o.DateCreation = default);

        yield return Sentence("R11", r11, "Un extrait du casier judiciaire sera exigé.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Merci de joindre votre photo.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Indiquez votre groupe sanguin sur le formulaire.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Pas de condamnation pénale.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Vous serez soumis à une analyse graphologique.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Votre numéro de sécurité sociale est demandé dès la candidature.", Bases.Unregulated);

        yield return Sentence("R12", r12, "Aucune adhésion syndicale acceptée.", Bases.All);
        yield return Sentence("R12", r12, "Vous n'êtes membre d'aucun syndicat.", Bases.All);
        yield return Sentence("R12", r12, "Neutralité politique : pas de militants.", Bases.All);
        yield return Sentence("R12", r12, "Les signes religieux ostentatoires sont proscrits.", Bases.All);
        yield return Sentence("R12", r12, "Pas de pause pour la prière.", Bases.All);
        yield return Sentence("R12", r12, "Engagement syndical incompatible avec le poste.", Bases.All);

        yield return Fields("R13", r13, "« salaire selon expérience »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire selon expérience.", r);
        });
        yield return Fields("R13", r13, "« très bonne rémunération »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Très bonne rémunération.", r);
        });
        yield return Fields("R13", r13, "aucun salaire", (o, _) => o.Salaire = null);
    }

    private static IEnumerable<EvalCase> LookAlikes()
    {
        string[] none = [];
        yield return Title("R01", none, "Vendeur/Vendeuse en boulangerie (CDD)", Bases.Contract("CDD"));
        yield return Sentence("R01", none, "Nos clientes et nos clients apprécient votre accueil.", Bases.All);
        yield return Sentence("R01", none, "Vous proposez des coupes pour hommes et femmes.", Bases.All);
        yield return Title("R01", none, "Maître-nageur sauveteur", Bases.All);
        yield return Sentence("R01", none, "Mixité des équipes : 50 % de femmes dans nos ateliers.", Bases.All);

        yield return Sentence("R02", none, "Le poste convient à tous les âges.", Bases.All);
        yield return Sentence("R02", none, "Vous encadrez des enfants de 6 à 11 ans en centre de loisirs.", Bases.All);
        yield return Sentence("R02", none, "Entreprise fondée il y a 30 ans.", Bases.All);
        yield return Sentence("R02", none, "Âge minimum : 18 ans (réglementation).", Bases.All);
        yield return Sentence("R02", none, "Vous assurez le suivi des jeunes de 16 à 25 ans en mission locale.", Bases.All);

        yield return Sentence("R03", none, "Vous maîtrisez le français et l'italien.", Bases.All);
        yield return Sentence("R03", none, "Spécialités portugaises et brésiliennes.", Bases.All);
        yield return Sentence("R03", none, "Vous accueillez une clientèle étrangère.", Bases.All);
        yield return Sentence("R03", none, "Titre de séjour autorisant à travailler exigé.", Bases.All);
        yield return Sentence("R03", none, "Poste réservé aux fonctionnaires de catégorie B (nationalité européenne).", null, o => o.CodeNAF = "84.11Z");

        yield return Sentence("R04", none, "Congés pour enfant malade.", Bases.All);
        yield return Sentence("R04", none, "Vous travaillez dans l'enceinte de l'aéroport.", Bases.All);
        yield return Sentence("R04", none, "Vous organisez des mariages et des séminaires.", Bases.All);
        yield return Sentence("R04", none, "Horaires compatibles avec la vie de famille.", Bases.All);

        yield return Sentence("R05", none, "Tenue correcte et soignée.", Bases.All);
        yield return Sentence("R05", none, "Accueil de patients en situation de handicap.", Bases.All);
        yield return Sentence("R05", none, "Visite médicale d'embauche obligatoire.", Bases.All);
        yield return Sentence("R05", none, "Vous pesez les marchandises à la réception.", Bases.All);
        yield return Sentence("R05", none, "Travail physique, port de charges.", Bases.All);

        yield return Sentence("R06", none, "Vous intervenez dans un rayon de 50 km autour de l'agence.", Bases.All);
        yield return Sentence("R06", none, "Prime de logement pour les nouveaux arrivants.", Bases.All);
        yield return Sentence("R06", none, "Vous accueillez les habitants du quartier au centre social.", Bases.All);
        yield return Sentence("R06", none, "Vous traitez les incidents de paiement des clients.", Bases.All);

        yield return Sentence("R07", none, "Vous encaissez les paiements des clients en boutique.", Bases.All);
        yield return Sentence("R07", none, "Panier repas de 8 € par jour travaillé.", Bases.All);
        yield return Sentence("R07", none, "Formation de 2 000 € financée par l'entreprise.", Bases.All);
        yield return Sentence("R07", none, "Vous préparez les devis et les factures.", Bases.All);
        yield return Sentence("R07", none, "Remboursement des frais de transport à 50 %.", Bases.All);

        yield return Sentence("R08", none, "Première mission de formation : 2 semaines.", Bases.Contract("CDI"));
        yield return Sentence("R08", none, "CDD de 8 mois, évolution possible.", Bases.Contract("CDD"));
        yield return Sentence("R08", none, "Expérience souhaitée : 2 ans.", Bases.Experience("E"));
        yield return Fields("R08", none, "1 850 € par mois pour 35 h", (o, _) => Pay(o, "Mensuel de 1850.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);

        yield return Sentence("R09", none, "Vous utilisez notre CRM (Salesforce) et reportez au Country Manager.", Bases.All);
        yield return Fields("R09", none, "offre bilingue, le français d'abord", (o, _) => o.Description += "\n\n" + English.Accounts, Bases.All);

        yield return Fields("R10", none, "agence en contrat de mission (Synergie)", (o, _) => o.Entreprise = new Entreprise { Nom = "Synergie" }, Bases.Contract("MIS"), PosterKind.Agency);
        yield return Fields("R10", none, "agence qui recrute pour le compte d'un client", (o, r) =>
        {
            Agency(o, "Synergie Rouen");
            o.Description = Inject(o.Description ?? "", "Nous recrutons pour le compte de l'un de nos clients.", r);
        }, Bases.NotAgency);
        yield return Fields("R10", none, "« Confidentiel » avec SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Confidentiel" });
        yield return Fields("R10", none, "café « Gojob Café »", (o, _) => (o.Entreprise, o.CodeNAF) = (new Entreprise { Nom = "Gojob Café" }, "56.30Z"), Bases.NotAgency);

        yield return Sentence("R11", none, "Vous photographiez les produits pour la boutique en ligne.", Bases.All);
        yield return Sentence("R11", none, "Casier judiciaire vierge exigé (agrément CNAPS).", null, o => Rome(o, "K2503", "Agent de sécurité H/F"));
        yield return Sentence("R11", none, "Vous classez les dossiers de sécurité sociale des salariés.", Bases.All);
        yield return Sentence("R11", none, "Casiers individuels à disposition dans les vestiaires.", Bases.All);

        yield return Sentence("R12", none, "Vous animez le dialogue avec les représentants syndicaux.", Bases.All);
        yield return Sentence("R12", none, "Vous réalisez des études d'opinion politique pour nos clients.", Bases.All);
        yield return Sentence("R12", none, "Vous réparez les voiles et les gréements.", Bases.All);

        yield return Fields("R13", none, "salaire mensuel dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Rémunération : 2 400 € brut par mois.", r);
        });
        yield return Fields("R13", none, "salaire annuel en k€", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire annuel brut : 40 k€.", r);
        });
        yield return Fields("R13", none, "commentaire « selon profil »", (o, _) => o.Salaire = new Salaire { Commentaire = "Selon profil" });
    }
}
