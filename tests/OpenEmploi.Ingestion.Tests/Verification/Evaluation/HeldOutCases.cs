using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Wordings written before the rules were tuned and kept out of development: the rules were never
/// adjusted to them. Their first measured figures are the ones docs/verification.md reports.
/// </summary>
internal static class HeldOutCases
{
    public static IEnumerable<EvalCase> All() => Violations().Concat(LookAlikes()).Select(c => c with { HeldOut = true });

    private static IEnumerable<EvalCase> Violations()
    {
        bool Private(Offre o) => Bases.All(o) && Bases.NotPublic(o);
        bool Unregulated(Offre o) => Bases.All(o) && Bases.NotRegulated(o);
        yield return Sentence("R01", ["R01"], "Ce poste convient exclusivement à un homme.", Bases.All);
        yield return Sentence("R01", ["R01", "R02"], "Recrutement d'une jeune femme pour l'accueil.", Bases.All);
        yield return Sentence("R01", ["R01"], "Merci de ne postuler que si vous êtes une femme.", Bases.All);
        yield return Title("R01", ["R01"], "Caissière", Bases.All);
        yield return Title("R01", ["R01"], "Aide-soignante de nuit", Bases.All);
        yield return Sentence("R01", ["R01"], "Personnel masculin uniquement sur ce chantier.", Bases.All);
        yield return Sentence("R01", ["R01"], "Nous cherchons une coiffeuse expérimentée.", Bases.All);
        yield return Title("R01", ["R01"], "Homme toutes mains", Bases.All);

        yield return Sentence("R02", ["R02"], "Vous avez entre 18 et 25 ans ? Ce job est fait pour vous.", Bases.All);
        yield return Sentence("R02", ["R02"], "Nous privilégions les candidats de moins de 40 ans.", Bases.All);
        yield return Sentence("R02", ["R02"], "Âge souhaité : 30 ans environ.", Bases.All);
        yield return Sentence("R02", ["R02"], "Jeune retraité bienvenu pour ce poste.", Bases.All);
        yield return Sentence("R02", ["R02"], "Âgé(e) de 25 ans minimum.", Bases.All);
        yield return Sentence("R02", ["R02"], "Recherche jeunes motivés pour la saison.", Bases.All);
        yield return Sentence("R02", ["R02"], "Né(e) après 1990.", Bases.All);

        yield return Sentence("R03", ["R03"], "Vous devez être de nationalité française ou européenne.", Private);
        yield return Sentence("R03", ["R03"], "Pas d'accent étranger pour ce poste de téléconseiller.", Private);
        yield return Sentence("R03", ["R03"], "Nom à consonance française apprécié.", Private);
        yield return Sentence("R03", ["R03"], "Personne d'origine asiatique pour notre restaurant.", Private);
        yield return Sentence("R03", ["R03"], "Être de religion musulmane.", Private);
        yield return Sentence("R03", ["R03"], "Type caucasien pour représenter la marque.", Private);

        yield return Sentence("R04", ["R04"], "Pas d'enfants en bas âge.", Bases.All);
        yield return Sentence("R04", ["R04"], "Situation familiale stable exigée.", Bases.All);
        yield return Sentence("R04", ["R04"], "Poste incompatible avec une grossesse.", Bases.All);
        yield return Sentence("R04", ["R04"], "Parent isolé s'abstenir.", Bases.All);
        yield return Sentence("R04", ["R04"], "Vous n'avez pas de charge de famille.", Bases.All);

        yield return Sentence("R05", ["R05"], "Vous êtes en parfaite santé.", Bases.All);
        yield return Sentence("R05", ["R05"], "Candidats handicapés s'abstenir.", Bases.All);
        yield return Sentence("R05", ["R05"], "Silhouette mince souhaitée.", Bases.All);
        yield return Sentence("R05", ["R05"], "Sans piercing ni tatouage.", Bases.All);
        yield return Sentence("R05", ["R05"], "Être valide physiquement.", Bases.All);
        yield return Sentence("R05", ["R05"], "Mesurer au moins 1m80.", Bases.All);

        yield return Sentence("R06", ["R06"], "Vous devez obligatoirement habiter la commune.", Bases.All);
        yield return Sentence("R06", ["R06"], "Pas d'interdit bancaire.", Bases.All);
        yield return Sentence("R06", ["R06"], "Personnes domiciliées dans le 93 uniquement.", Bases.All);
        yield return Sentence("R06", ["R06"], "Compte ouvert chez notre banque partenaire exigé.", Bases.All);

        yield return Sentence("R07", ["R07"], "Vous devrez verser une caution de 150 € pour la tenue.", Bases.All);
        yield return Sentence("R07", ["R07"], "Achat obligatoire d'un stock de départ.", Bases.All);
        yield return Sentence("R07", ["R07"], "Frais d'inscription de 25 euros.", Bases.All);
        yield return Sentence("R07", ["R07"], "Contactez-nous au 0892 70 12 34 (0,80 €/min).", Bases.All);
        yield return Sentence("R07", ["R07"], "La formation payante de 200 € est à la charge du candidat.", Bases.All);

        yield return Sentence("R08", ["R08"], "Renfort de 15 jours pendant les fêtes.", Bases.Contract("CDI"));
        yield return Sentence("R08", ["R08"], "Expérience de 4 ans indispensable.", Bases.Experience("D"));
        yield return Fields("R08", ["R08"], "39 h payées sous le SMIC", (o, _) => Pay(o, "Mensuel de 1400.00 Euros sur 12 mois", "39H Horaires normaux"), Bases.Salaried);
        yield return Sentence("R08", ["R08"], "Embauche directe en contrat à durée indéterminée.", Bases.Contract("MIS"));
        yield return Sentence("R08", ["R08"], "Remplacement pour une durée de 2 mois.", Bases.Contract("CDI"));

        yield return Fields("R09", ["R09"], "description en anglais (relation client)", (o, _) => o.Description = English.CustomerService, Bases.NotLanguageJob);
        yield return Fields("R09", ["R09"], "description en anglais (cuisine)", (o, _) => o.Description = English.Chef, Bases.NotLanguageJob);

        yield return Fields("R10", ["R10"], "agence qui ne le dit pas (Manpower)", (o, _) => Agency(o, "Manpower Bordeaux"), Bases.NotAgency);
        yield return Fields("R10", ["R10"], "agence signalée par le flux", (o, _) => o.Entreprise = new Entreprise { Nom = "Synergie" }, Bases.NotAgency, raw: r => r.Employer.IsAgency = true);
        yield return Fields("R10", ["R10"], "anonyme sans entreprise ni SIRET", (o, _) => o.Entreprise = null, dropSiret: true);

        yield return Sentence("R11", ["R11"], "Bulletin n°3 du casier judiciaire demandé.", Unregulated);
        yield return Sentence("R11", ["R11"], "Candidature accompagnée d'une photo.", Unregulated);
        yield return Sentence("R11", ["R11"], "Aucune condamnation tolérée.", Unregulated);
        yield return Sentence("R11", ["R11"], "Photo en pied souhaitée.", Unregulated);
        yield return Sentence("R11", ["R11"], "Précisez votre signe astrologique.", Unregulated);

        yield return Sentence("R12", ["R12"], "Aucune activité syndicale ne sera tolérée.", Bases.All);
        yield return Sentence("R12", ["R12"], "Profil apolitique exigé.", Bases.All);
        yield return Sentence("R12", ["R12"], "Pas de signes religieux.", Bases.All);
        yield return Sentence("R12", ["R12"], "Membre du parti apprécié.", Bases.All);
        yield return Sentence("R12", ["R12"], "Pas de prière sur le lieu de travail.", Bases.All);

        yield return Fields("R13", ["R13"], "seulement un complément de salaire", (o, _) => o.Salaire = new Salaire { Complement1 = "Mutuelle" });
    }

    private static IEnumerable<EvalCase> LookAlikes()
    {
        yield return Sentence("R01", [], "Recrutement ouvert aux hommes et aux femmes.", Bases.All);
        yield return Title("R01", [], "Conseiller / Conseillère de vente", Bases.All);
        yield return Title("R01", [], "Cheffe / Chef de cuisine", Bases.All);
        yield return Sentence("R01", [], "Vous conseillez nos clientes au rayon lingerie femme.", Bases.All);
        yield return Sentence("R02", [], "Notre équipe jeune et dynamique vous attend.", Bases.All);
        yield return Sentence("R02", [], "Animation auprès d'adolescents de 12 à 17 ans.", Bases.All);
        yield return Sentence("R02", [], "Notre société existe depuis plus de 50 ans.", Bases.All);
        yield return Sentence("R02", [], "Contrat d'apprentissage : candidats de 16 à 29 ans (limites légales).", null, Apprentice);
        yield return Sentence("R02", [], "Travail de nuit : être âgé d'au moins 18 ans.", Bases.All);
        yield return Sentence("R03", [], "Viande d'origine française exclusivement.", Bases.All);
        yield return Sentence("R03", [], "Nous mettons l'accent sur la qualité de service.", Bases.All);
        yield return Sentence("R03", [], "Candidats de nationalité française (statut militaire).", null, o => Rome(o, "K1706", "Gendarme H/F"));
        yield return Sentence("R03", [], "Quelle que soit votre origine, votre candidature nous intéresse.", Bases.All);
        yield return Sentence("R04", [], "Vous travaillerez dans l'enceinte de l'hôpital.", Bases.All);
        yield return Sentence("R04", [], "Accueil des familles et des enfants.", Bases.All);
        yield return Sentence("R04", [], "Nous favorisons l'équilibre vie privée / vie professionnelle.", Bases.All);
        yield return Sentence("R05", [], "Entreprise handi-accueillante : RQTH bienvenue.", Bases.All);
        yield return Sentence("R05", [], "Permis B valide exigé.", Bases.All);
        yield return Sentence("R05", [], "Accompagnement de personnes en situation de handicap.", Bases.All);
        yield return Sentence("R05", [], "Visite médicale d'aptitude à l'embauche.", Bases.All);
        yield return Sentence("R06", [], "Vous analysez la solvabilité des clients.", Bases.All);
        yield return Sentence("R06", [], "Idéalement, vous résidez dans le secteur.", Bases.All);
        yield return Sentence("R06", [], "Logement de fonction sur place.", Bases.All);
        yield return Sentence("R07", [], "Indemnités kilométriques prises en charge.", Bases.All);
        yield return Sentence("R07", [], "Formation gratuite assurée par nos soins.", Bases.All);
        yield return Sentence("R07", [], "Remboursement de 50 % de l'abonnement de transport.", Bases.All);
        yield return Sentence("R08", [], "CDD pouvant déboucher sur un CDI.", Bases.Contract("CDD"));
        yield return Fields("R08", [], "payé au SMIC horaire", (o, _) => Pay(o, "Horaire de 11.88 Euros sur 12 mois", null), Bases.Salaried);
        yield return Sentence("R08", [], "Fort de 20 ans d'expérience, notre cabinet vous forme.", Bases.Experience("D"));
        yield return Fields("R09", [], "guide-interprète, description en anglais", (o, _) =>
        {
            Rome(o, "G1227", "Guide-interprète H/F");
            o.Description = English.CustomerService;
        });
        yield return Sentence("R09", [], "Vous rejoignez l'équipe du Sales manager et du Team leader.", Bases.All);
        yield return Fields("R10", [], "agence qui recrute pour une entreprise cliente", (o, r) =>
        {
            Agency(o, "Adecco Rennes");
            o.Description = Inject(o.Description ?? "", "Notre agence d'emploi recrute pour une entreprise cliente.", r);
        }, Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", [], "cabinet de recrutement nommé", (o, _) => o.Entreprise = new Entreprise { Nom = "Cabinet Martin Recrutement" }, Bases.NotAgency, PosterKind.Agency);
        yield return Sentence("R11", [], "Casier judiciaire vierge requis pour la carte VTC.", null, o => Rome(o, "N4112", "Chauffeur VTC H/F"));
        yield return Sentence("R11", [], "Casier judiciaire non demandé.", Bases.All);
        yield return Sentence("R11", [], "Appareil photo fourni.", Bases.All);
        yield return Sentence("R12", [], "Location de planches à voile.", Bases.All);
        yield return Sentence("R12", [], "Nous respectons chacun, sans distinction d'opinions politiques.", Bases.All);
        yield return Sentence("R12", [], "Gestion des relations avec les partenaires sociaux.", Bases.All);
        yield return Fields("R13", [], "SMIC annoncé dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Rémunération : SMIC + primes.", r);
        });
    }
}
