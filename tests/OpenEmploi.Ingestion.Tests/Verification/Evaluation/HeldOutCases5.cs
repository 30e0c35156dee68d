using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Fifth held-out batch, written after the rules had been generalised for the fourth one and
/// measured once: the estimate of how the rules do on phrasings nobody tuned them to
/// (docs/verification.md records that run).
/// </summary>
internal static class HeldOutCases5
{
    public static IEnumerable<EvalCase> All() =>
        Violations().Concat(Violations2()).Concat(LookAlikes()).Concat(LookAlikes2()).Select(c => c with { HeldOut = true });

    private static IEnumerable<EvalCase> Violations()
    {
        string[] r01 = ["R01"], r02 = ["R02"], r03 = ["R03"], r04 = ["R04"], r05 = ["R05"], r06 = ["R06"];
        yield return Sentence("R01", r01, "Recherche un gars costaud pour les déménagements.", Bases.All);
        yield return Title("R01", r01, "Lingère", Bases.All);
        yield return Sentence("R01", r01, "Poste exclusivement masculin.", Bases.All);
        yield return Sentence("R01", r01, "Nous souhaitons recruter une candidate motivée.", Bases.All);
        yield return Sentence("R01", r01, "Messieurs, cette offre est pour vous !", Bases.All);
        yield return Title("R01", r01, "Réceptionniste (F)", Bases.All);
        yield return Sentence("R01", r01, "Équipe 100 % masculine : nous cherchons un homme pour la compléter.", Bases.All);
        yield return Sentence("R01", r01, "Idéal pour une étudiante disponible le week-end.", Bases.All);

        yield return Sentence("R02", r02, "Vous avez la vingtaine et l'envie d'apprendre ?", Bases.All);
        yield return Sentence("R02", r02, "Profil : 25/35 ans.", Bases.All);
        yield return Sentence("R02", r02, "Idéalement moins de 40 ans.", Bases.All);
        yield return Sentence("R02", r02, "Candidats nés entre 1985 et 1995.", Bases.All);
        yield return Sentence("R02", r02, "Poste pour étudiant(e) de moins de 26 ans.", Bases.All);
        yield return Sentence("R02", r02, "Pas de candidats de plus de 50 ans.", Bases.All);
        yield return Sentence("R02", r02, "Profil junior (18/25 ans).", Bases.All);
        yield return Sentence("R02", r02, "Vous êtes un jeune actif motivé.", Bases.All);

        yield return Sentence("R03", r03, "Français de naissance exigé.", Bases.Private);
        yield return Sentence("R03", r03, "Candidats de nationalité étrangère non acceptés.", Bases.Private);
        yield return Sentence("R03", r03, "Nous préférons un profil français.", Bases.Private);
        yield return Sentence("R03", r03, "Personnel d'origine française uniquement.", Bases.Private);
        yield return Sentence("R03", r03, "Maîtrise du français sans accent prononcé.", Bases.Private);
        yield return Sentence("R03", r03, "Interdit aux personnes d'origine maghrébine.", Bases.Private);
        yield return Sentence("R03", r03, "Les candidats asiatiques ne seront pas retenus.", Bases.Private);
        yield return Sentence("R03", r03, "Nationalité : française obligatoirement.", Bases.Private);

        yield return Sentence("R04", r04, "Vous êtes libre de toute attache familiale.", Bases.All);
        yield return Sentence("R04", r04, "Les personnes ayant des enfants à charge ne sont pas prioritaires.", Bases.All);
        yield return Sentence("R04", ["R02", "R04"], "Jeune couple sans enfants pour un poste de gardien.", Bases.All);
        yield return Sentence("R04", r04, "Vous n'avez pas d'enfants à garder le soir.", Bases.All);
        yield return Sentence("R04", r04, "Envisagez-vous d'avoir des enfants prochainement ?", Bases.All);
        yield return Sentence("R04", r04, "Mariage ou PACS exigé.", Bases.All);
        yield return Sentence("R04", r04, "Pas de mamans en congé parental.", Bases.All);

        yield return Sentence("R05", r05, "Santé de fer exigée.", Bases.All);
        yield return Sentence("R05", r05, "Candidats diabétiques non acceptés.", Bases.All);
        yield return Sentence("R05", r05, "Physique de sportif exigé.", Bases.All);
        yield return Sentence("R05", r05, "Ne pas dépasser 70 kg.", Bases.All);
        yield return Sentence("R05", r05, "Porteurs de lunettes s'abstenir.", Bases.All);
        yield return Sentence("R05", r05, "Cheveux longs et barbe non tolérés.", Bases.All);
        yield return Sentence("R05", r05, "Vous n'êtes pas en arrêt maladie.", Bases.All);

        yield return Sentence("R06", r06, "Seuls les résidents du département seront retenus.", Bases.All);
        yield return Sentence("R06", r06, "Vous résidez obligatoirement dans l'agglomération.", Bases.All);
        yield return Sentence("R06", r06, "Pas de candidats venant de cités sensibles.", Bases.All);
        yield return Sentence("R06", r06, "Compte bancaire à La Banque Postale obligatoire.", Bases.All);
        yield return Sentence("R06", r06, "Vous n'êtes pas interdit bancaire.", Bases.All);
        yield return Sentence("R06", r06, "Résider à moins de 5 km de l'entreprise est obligatoire.", Bases.All);
        yield return Sentence("R06", r06, "Domiciliation dans le Val-de-Marne exigée.", Bases.All);
    }

    private static IEnumerable<EvalCase> Violations2()
    {
        string[] r07 = ["R07"], r08 = ["R08"], r09 = ["R09"], r10 = ["R10"], r11 = ["R11"], r12 = ["R12"], r13 = ["R13"];
        yield return Sentence("R07", r07, "Un chèque de 40 € vous sera demandé à l'entretien.", Bases.All);
        yield return Sentence("R07", r07, "Les frais d'ouverture de dossier (25 €) sont à régler par virement.", Bases.All);
        yield return Sentence("R07", r07, "Pour être mis en relation avec l'employeur : 15 € de frais de service.", Bases.All);
        yield return Sentence("R07", r07, "La tenue est à acheter auprès de notre fournisseur (65 €).", Bases.All);
        yield return Sentence("R07", r07, "Cotisation annuelle de 120 € au réseau.", Bases.All);
        yield return Sentence("R07", r07, "Les candidats retenus versent une garantie de 300 €.", Bases.All);
        yield return Sentence("R07", r07, "Appelez le 08 92 68 11 22 pour connaître les postes.", Bases.All);
        yield return Sentence("R07", r07, "Vous financez vous-même votre formation CACES (900 €).", Bases.All);

        yield return Sentence("R08", r08, "Contrat d'une durée de 9 mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Poste saisonnier du 1er juillet au 31 août.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Mission ponctuelle de deux semaines.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Embauche en CDI immédiate.", Bases.Contract("CDD"));
        yield return Sentence("R08", r08, "Expérience de 10 ans exigée.", Bases.Experience("D"));
        yield return Sentence("R08", r08, "Minimum 3 années d'expérience dans un poste similaire.", Bases.Experience("D"));
        yield return Fields("R08", r08, "1 600 € par mois pour 35 h", (o, _) => Pay(o, "Mensuel de 1600.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);
        yield return Fields("R08", r08, "11 € de l'heure", (o, _) => Pay(o, "Horaire de 11.00 Euros sur 12 mois", null), Bases.Salaried);
        yield return Fields("R08", r08, "20 000 € par an pour 35 h", (o, _) => Pay(o, "Annuel de 20000.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);

        yield return Fields("R09", r09, "description en anglais (garde d'enfants)", (o, _) => o.Description = English.Nanny, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "description en anglais (cuisine)", (o, _) => o.Description = English.LineCook, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "description en anglais (chef de projet)", (o, _) => o.Description = English.ProjectManager, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "description en anglais (coursier)", (o, _) => o.Description = English.Courier, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "anglais avec une ligne d'accroche en français", (o, _) => o.Description = "Offre à pourvoir rapidement !\n" + English.LineCook, Bases.NotLanguageJob);

        yield return Fields("R10", r10, "agence au NAF 78.20Z qui ne le dit pas (Adecco)", (o, _) => Agency(o, "Adecco Grenoble"), Bases.NotAgency);
        yield return Fields("R10", r10, "agence déclarée par le poseur (Manpower)", (o, _) => o.Entreprise = new Entreprise { Nom = "Manpower" }, Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", r10, "« Société confidentielle » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Société confidentielle" }, dropSiret: true);
        yield return Fields("R10", r10, "« N.C. » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "N.C." }, dropSiret: true);
        yield return Fields("R10", r10, "ni entreprise ni SIRET", (o, _) => o.Entreprise = null, dropSiret: true);
        yield return Fields("R10", r10, "sans date de création", (o, _) => o.DateCreation = default);

        yield return Sentence("R11", r11, "Extrait de casier judiciaire (bulletin n° 3) à joindre au dossier.", Bases.Unregulated);
        yield return Sentence("R11", r11, "CV + photo.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Photo de face et de profil demandée.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Merci de nous communiquer votre groupe sanguin.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Vous n'avez pas de casier.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Aucun antécédent pénal.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Merci d'envoyer un CV avec photo en couleur.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Nous demandons la copie de votre carte Vitale.", Bases.Unregulated);

        yield return Sentence("R12", r12, "Appartenance syndicale à préciser.", Bases.All);
        yield return Sentence("R12", r12, "Candidats encartés s'abstenir.", Bases.All);
        yield return Sentence("R12", r12, "Vous n'adhérez à aucun syndicat.", Bases.All);
        yield return Sentence("R12", r12, "Personne non engagée dans la vie politique.", Bases.All);
        yield return Sentence("R12", r12, "Sans affiliation syndicale.", Bases.All);
        yield return Sentence("R12", r12, "Ne pas être militant(e) d'un parti politique.", Bases.All);

        yield return Fields("R13", r13, "« salaire : à définir »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire : à définir.", r);
        });
        yield return Fields("R13", r13, "« rémunération motivante »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Rémunération motivante.", r);
        });
        yield return Fields("R13", r13, "seulement un véhicule", (o, _) => o.Salaire = new Salaire { Complement1 = "Véhicule" });
        yield return Fields("R13", r13, "« primes sur objectifs »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Primes sur objectifs.", r);
        });
    }

    private static IEnumerable<EvalCase> LookAlikes()
    {
        string[] none = [];
        yield return Title("R01", none, "Réceptionniste (H/F/X)", Bases.All);
        yield return Sentence("R01", none, "Vous travaillez au rayon homme.", Bases.All);
        yield return Sentence("R01", none, "Vous coiffez hommes, femmes et enfants.", Bases.All);
        yield return Title("R01", none, "Infirmier / Infirmière", Bases.All);
        yield return Sentence("R01", none, "Notre équipe compte autant de femmes que d'hommes.", Bases.All);
        yield return Sentence("R01", none, "Femme ou homme, votre candidature nous intéresse.", Bases.All);
        yield return Title("R01", none, "Chargé(e) de clientèle", Bases.All);

        yield return Sentence("R02", none, "Travail auprès d'enfants de 3 à 6 ans.", Bases.All);
        yield return Sentence("R02", none, "Ouvert à tous les âges et à tous les profils.", Bases.All);
        yield return Sentence("R02", none, "Vous avez 2 ans d'expérience minimum.", Bases.Experience("E"));
        yield return Sentence("R02", none, "Véhicule de moins de 3 ans.", Bases.All);
        yield return Sentence("R02", none, "Notre entreprise, créée il y a 15 ans, se développe.", Bases.All);
        yield return Sentence("R02", none, "Contrat de professionnalisation accessible aux moins de 26 ans.", null, Apprentice);
        yield return Sentence("R02", none, "Vous devez avoir au moins 18 ans pour conduire le chariot.", Bases.All);
        yield return Sentence("R02", none, "Accueil de jeunes enfants en crèche.", Bases.All);

        yield return Sentence("R03", none, "Vous êtes bilingue français / anglais.", Bases.All);
        yield return Sentence("R03", none, "Cuisine française traditionnelle.", Bases.All);
        yield return Sentence("R03", none, "Clientèle majoritairement étrangère : anglais indispensable.", Bases.All);
        yield return Sentence("R03", none, "Vous accompagnez des personnes étrangères dans leurs démarches administratives.", Bases.All);
        yield return Sentence("R03", none, "Nationalité française exigée (gardien de la paix).", null, o => Rome(o, "K1707", "Gardien de la paix H/F"));
        yield return Sentence("R03", none, "Importation de produits d'origine asiatique.", Bases.All);

        yield return Sentence("R04", none, "Nous proposons une crèche pour les enfants du personnel.", Bases.All);
        yield return Sentence("R04", none, "Vous préparez les listes de mariage des clients.", Bases.All);
        yield return Sentence("R04", none, "Aménagement d'horaires pour les parents.", Bases.All);
        yield return Sentence("R04", none, "Prime de naissance versée aux salariés.", Bases.All);
        yield return Sentence("R04", none, "Vous animez des ateliers parents-enfants.", Bases.All);

        yield return Sentence("R05", none, "Vous contrôlez le poids des colis (25 kg maximum).", Bases.All);
        yield return Sentence("R05", none, "Poste adapté pour un travailleur handicapé (aménagement possible).", Bases.All);
        yield return Sentence("R05", none, "Vous réalisez des soins esthétiques du visage.", Bases.All);
        yield return Sentence("R05", none, "Port des lunettes de protection obligatoire.", Bases.All);
        yield return Sentence("R05", none, "Vous taillez les haies et les arbustes jusqu'à 2 m.", Bases.All);

        yield return Sentence("R06", none, "Secteur d'intervention : Lyon et sa périphérie.", Bases.All);
        yield return Sentence("R06", none, "Vous conseillez les habitants sur le tri des déchets.", Bases.All);
        yield return Sentence("R06", none, "Possibilité de logement sur place.", Bases.All);
        yield return Sentence("R06", none, "Idéalement, vous habitez près d'un axe de transport.", Bases.All);
        yield return Sentence("R06", none, "Vous ouvrez des comptes bancaires pour nos clients.", Bases.All);
        yield return Sentence("R06", none, "Vous êtes propriétaire de la relation client.", Bases.All);
    }

    private static IEnumerable<EvalCase> LookAlikes2()
    {
        string[] none = [];
        yield return Sentence("R07", none, "Prime de cooptation de 500 € si vous nous présentez un candidat.", Bases.All);
        yield return Sentence("R07", none, "Vous vendez des abonnements à 29 € par mois.", Bases.All);
        yield return Sentence("R07", none, "Frais kilométriques remboursés à 0,40 €/km.", Bases.All);
        yield return Sentence("R07", none, "Vous gérez les cotisations des adhérents.", Bases.All);
        yield return Sentence("R07", none, "Aucun frais d'inscription : notre service est gratuit.", Bases.All);
        yield return Sentence("R07", none, "Chèques cadeaux de 150 € en fin d'année.", Bases.All);

        yield return Sentence("R08", none, "Période d'essai : 2 mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", none, "Intégration de 5 jours au siège.", Bases.Contract("CDI"));
        yield return Sentence("R08", none, "CDD de 3 mois renouvelable.", Bases.Contract("CDD"));
        yield return Fields("R08", none, "2 100 € pour 39 h", (o, _) => Pay(o, "Mensuel de 2100.00 Euros sur 12 mois", "39H Horaires normaux"), Bases.Salaried);
        yield return Sentence("R08", none, "Aucune expérience exigée.", Bases.Experience("D"));
        yield return Sentence("R08", none, "Notre cabinet compte 12 ans d'existence.", Bases.Experience("D"));

        yield return Sentence("R09", none, "Vous utilisez Excel, Outlook et Teams au quotidien.", Bases.All);
        yield return Sentence("R09", none, "Poste de Customer Success Manager pour une scale-up de la tech.", Bases.All);
        yield return Fields("R09", none, "offre bilingue, anglais après le français", (o, _) => o.Description += "\n\n" + English.Courier, Bases.All);

        yield return Fields("R10", none, "Adecco en mission d'intérim", (o, r) =>
        {
            Agency(o, "Adecco Grenoble");
            o.Description = Inject(o.Description ?? "", "Mission d'intérim de 6 mois, possibilité d'embauche.", r);
        }, Bases.NotAgency);
        yield return Fields("R10", none, "« Confidentiel » avec SIRET connu", (o, _) => o.Entreprise = new Entreprise { Nom = "Confidentiel" });
        yield return Fields("R10", none, "salon « Kelly Coiffure »", (o, _) => o.Entreprise = new Entreprise { Nom = "Kelly Coiffure" }, Bases.NotAgency);
        yield return Fields("R10", none, "agence qui recrute pour elle-même", (o, r) =>
        {
            Agency(o, "Randstad");
            o.Description = Inject(o.Description ?? "", "Rejoignez nos équipes internes au siège du groupe.", r);
        }, Bases.NotAgency);

        yield return Sentence("R11", none, "Retouche photo sur Photoshop.", Bases.All);
        yield return Sentence("R11", none, "Photos des chantiers à transmettre chaque semaine.", Bases.All);
        yield return Sentence("R11", none, "Casier judiciaire vierge exigé (travail auprès de mineurs).", null, o => Rome(o, "K1202", "Éducateur spécialisé H/F"));
        yield return Sentence("R11", none, "Vous prélevez des échantillons sanguins.", null, o => Rome(o, "J1506", "Infirmier H/F"));
        yield return Sentence("R11", none, "Numéro de téléphone et e-mail à indiquer dans votre candidature.", Bases.All);

        yield return Sentence("R12", none, "Vous accompagnez les délégués syndicaux dans les négociations annuelles.", Bases.All);
        yield return Sentence("R12", none, "Vous organisez les élections du CSE.", Bases.All);
        yield return Sentence("R12", none, "Vous assurez la veille sur l'actualité politique locale.", Bases.All);
        yield return Sentence("R12", none, "Fabrication de voiles pour bateaux de plaisance.", Bases.All);

        yield return Fields("R13", none, "salaire annuel dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire : 35 000 € par an.", r);
        });
        yield return Fields("R13", none, "taux horaire brut dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Taux horaire : 12,50 € brut.", r);
        });
        yield return Fields("R13", none, "« Rémunération : SMIC »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Rémunération : SMIC.", r);
        });
        yield return Fields("R13", none, "commentaire « selon convention collective »", (o, _) => o.Salaire = new Salaire { Commentaire = "Selon convention collective" });
    }
}
