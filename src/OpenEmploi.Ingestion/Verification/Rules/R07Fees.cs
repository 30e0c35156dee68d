using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R07: nothing may be asked of a job seeker in exchange for a job or an offer (L5321-3, L5331-1):
/// "frais de dossier", "kit à acheter", "formation à vos frais", premium-rate numbers (08 1x, 08 2x,
/// 08 9x), offers sold by subscription. The same words are also a fraud signal. Not fees: the
/// employer's own costs ("frais de déplacement" as a benefit), fees that the job handles
/// ("gérer les frais d'inscription des stagiaires"), or "aucun frais ne vous sera demandé".
/// Investing is normal for franchise and self-employed offers (FRA, LIB, REP, CCE).
/// </summary>
internal sealed class R07Fees : Rule
{
    private const int Fee = 0;
    private const int Purchase = 1;
    private const int PremiumRate = 2;
    private const int OfferSale = 3;
    private const int Investment = 4;
    private const int KitPrice = 5;
    private const int Amount = 6;

    private WordSet _task = null!;
    private WordSet _candidate = null!;
    private WordSet _cost = null!;
    private WordSet _charged = null!;
    private WordSet _pay = null!;
    private WordSet _benefit = null!;
    private WordSet _owners = null!;

    public override string Code => "R07";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L5321-3 et L5331-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Class(TermClass.Money, "€ euro euros eur", exact: true);
        setup.Patterns(this, Fee,
            "frais ?de dossier|inscription|candidature|adhésion|recrutement|activation|ouverture|constitution|placement",
            "participation financière", "participation ?aux frais *3 demandé|demandée|exigé|exigée|requise|candidat",
            "formation|kit|matériel|tenue|équipement|stock|licence|badge|inscription|uniforme|pack|outils|dossier *3 =votre|=vos =charge|=frais",
            "charge ?du ?de ?la candidat|candidate|postulant",
            "formation|kit|inscription|session *2 payante|payant|payantes|payants",
            "somme|montant|caution|acompte|participation *6 demander|demandé|demandée|exiger|exigé|exigée|verser|régler|payer|prévoir",
            // What the candidate does, in any tense, not a participle: "payé 13 € de l'heure" is pay, "avancée" a grade.
            "verser|versez|versent|verserez|versera|payer|payez|paient|payent|paierez|payerez|paiera|régler|réglez|règlent|réglerez|réglera|" +
                "virer|virez|débourser|déboursez|débourserez|avancer|avancez|avancerez *4 #|@Money|somme|frais|caution|inscription|formation|kit|acompte",
            // "Moyennant une participation de 50 €", "contre paiement de frais", "frais payables d'avance".
            "moyennant *3 participation|paiement|versement|somme|frais|cotisation|#|@Money",
            "frais|cotisation|caution|inscription|participation|droit|droits *3 payable|payables|exigible|exigibles",
            "vous *1 sera|seront facturé|facturée|facturés|facturées",
            "droit|droits *1 entrée|inscription|adhésion|accès",
            // "Les candidats règlent une caution": the present and the imperative, not "prime versée".
            "régler|réglez|règlent|payer|payez|paient|verser|versez|versent|avancer|avancez|déposer|déposez *3 caution|acompte|somme|montant|cotisation|droit|frais");
        // An amount of money: a fee when the sentence asks it of the candidate (see AsksMoney).
        setup.Patterns(this, Amount, "#0.5-1000000 @Money");
        setup.Patterns(this, Purchase,
            "achat|acheter~|acquérir *3 kit|matériel|stock|pack|tenue|uniforme|échantillon|échantillons|produits|marchandise|licence|formation|=mallette");
        // Exact forms: the stem of "mallette" is also the surname Mallet.
        setup.Patterns(this, KitPrice, "=kit|=kits|=pack|=packs|=mallette|=mallettes *6 #|@Money|payant|payer|acheter|facturé|facturée");
        setup.Patterns(this, Investment, "investissement *2 initial|départ|minimum|requis|personnel", "apport *2 personnel|initial");
        setup.Patterns(this, PremiumRate, "numéro|appel|sms *1 surtaxé|surtaxés|surtaxée|audiotel", "#0-5 @Money *2 min|minute|appel|sms");
        setup.Patterns(this, OfferSale, "accès|liste|fichier|base|abonnement *3 offres *3 payant|payante|@Money|#",
            "vente *1 offres", "offres *2 payantes|payante|payant");
        // Money the job handles: a task ("vous gérez", "vous vendez") or third parties it belongs to
        // ("les frais de dossier des locataires"), not "auprès de notre fournisseur".
        _task = setup.Words("gérer~ gestion traiter~ traitement saisir saisissez saisie suivi facturer~ facturation encaisser~ encaissement percevoir " +
            "percevez calculer~ calcul contrôler~ contrôle vérifier~ comptabilité comptable paie salaires vendre vendez vends " +
            "vente ventes proposer~ commercialiser~ présenter~ promouvoir promouvez");
        _owners = setup.Words("stagiaire stagiaires élève élèves adhérent adhérents client clients clientèle patient patients locataire locataires " +
            "fournisseur fournisseurs usager usagers bénéficiaire bénéficiaires");
        _candidate = setup.Words("vous votre vos candidat candidate postulant préalable préalablement avant démarrer démarrage départ obligatoire investir");
        _cost = setup.Words("frais caution acompte contribution cotisation participation inscription adhésion abonnement kit pack matériel tenue stock " +
            "formation dossier licence badge mallette échantillon dépôt droit coût montant somme");
        _charged = setup.Words("demander~ exiger~ verser~ payer~ régler~ envoyer~ facturer~ débourser~ acheter~ achat prévoir~ avancer~ " +
            "déductible déductibles prélevé prélevée charge");
        _pay = setup.Words("salaire salaires rémunération rémunéré rémunérée payé payée payés payées horaire brut net prime primes bonus commission commissions indemnité indemnités " +
            "chiffre budget capital fixe variable smic taux gratification");
        _benefit = setup.Words("remboursé remboursée remboursés remboursement rembourser~ offert offerte offerts gratuit gratuite gratuits pris prise " +
            "financé financée fourni fournie mutuelle prévoyance ticket tickets restaurant repas panier transport transports navigo " +
            "cantine cse déplacement déplacements kilométrique kilométriques valeur cadeau vacances logement");
    }

    public override void Check(RuleContext context)
    {
        var selfEmployed = context.Offre.TypeContrat is "FRA" or "LIB" or "REP" or "CCE";
        foreach (var hit in context.HitsOf(this))
        {
            switch (hit.Tag)
            {
                case Amount when !AsksMoney(context, hit):
                case Fee when context.NearClass(hit.First, hit.Last, 2, 0, TermClass.Negation):
                case Fee or Investment when HandledByTheJob(context, hit):
                // "Vous achetez les produits auprès des fournisseurs" is buying for the employer;
                // "vous achetez votre stock de départ" is the candidate's own expense.
                case Purchase when HandledByTheJob(context, hit) && !OwnPurchase(context, hit):
                case Purchase or Investment when !context.Near(hit.First, hit.Last, 8, 8, _candidate):
                case Investment when selfEmployed:
                    continue;
            }
            var message = hit.Tag switch
            {
                PremiumRate => "un numéro surtaxé fait payer les candidats",
                OfferSale => "une offre d'emploi ne peut pas être vendue",
                _ => "aucune somme ne peut être demandée aux candidats en contrepartie d'un emploi",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
        if (context.Contacts.PremiumNumber is { } number)
            context.Report(this, $"le numéro {number} est surtaxé : il fait payer les candidats");
    }

    /// <summary>A task on money, or money that belongs to third parties ("des locataires", "aux clients").</summary>
    private bool HandledByTheJob(RuleContext context, Hit hit)
    {
        if (context.Near(hit.First, hit.Last, 8, 8, _task))
            return true;
        var text = context.Text;
        var sentence = text[hit.First].Sentence;
        for (var i = Math.Max(1, hit.First - 8); i < text.Count && i <= hit.Last + 8; i++)
        {
            if (text[i].Sentence == sentence && _owners.Contains(text[i]) && text.Folded(text[i - 1]) is "des" or "aux" or "les" or "du" or "de" or "leurs")
                return true;
        }
        return false;
    }

    /// <summary>The thing bought is the candidate's: "votre kit", "vos échantillons".</summary>
    private static bool OwnPurchase(RuleContext context, Hit hit)
    {
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if (context.Text.Folded(context.Text[i]) is "votre" or "vos")
                return true;
        }
        return false;
    }

    /// <summary>"Pris en charge par l'employeur", "participation de l'employeur".</summary>
    private static bool PaidByEmployer(RuleContext context, Hit hit)
    {
        var text = context.Text;
        var sentence = text[hit.First].Sentence;
        for (var i = Math.Max(1, hit.First - 30); i < text.Count && i <= hit.Last + 30; i++)
        {
            if (text[i].Sentence != sentence)
                continue;
            var before = text.Folded(text[i - 1]);
            if ((text.Folded(text[i]) is "employeur" && before is "par" or "de") || (text.Folded(text[i]) is "entreprise" && before is "par"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// An amount asked of the candidate, whatever the words: a cost ("frais", "caution", "kit",
    /// "abonnement"…) just before it or a charging verb in its sentence ("envoyez 20 €", "à
    /// verser", "à votre charge", "déductibles"), unless it is pay ("prime de 500 €"), a benefit
    /// ("remboursé", "offert", "tickets restaurant") or money the job handles ("vous encaissez").
    /// </summary>
    private bool AsksMoney(RuleContext context, Hit hit)
    {
        if (context.Near(hit.First, hit.Last, 6, 0, _pay) || context.Near(hit.First, hit.Last, 30, 30, _benefit) || PaidByEmployer(context, hit)
            || HandledByTheJob(context, hit))
            return false;
        var cost = context.Find(hit.First, hit.Last, 5, 3, _cost, TermClass.None);
        if (cost >= 0 && context.NearClass(cost, cost, 2, 0, TermClass.Negation))
            return false;
        return cost >= 0 || context.Near(hit.First, hit.Last, 30, 30, _charged);
    }
}
