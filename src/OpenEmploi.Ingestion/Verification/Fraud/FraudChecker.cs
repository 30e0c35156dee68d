using OpenEmploi.Ingestion.Verification.Rules;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// The fraud score: the signals of offer-quality.md, each with a weight chosen so that no single
/// signal holds an offer (the largest is 35) and two or three strong ones do (threshold 60 by
/// default): asking money, payment or parcel-forwarding schemes, chat-only or foreign contacts,
/// free-mail recruiters, pay far above the job's usual range, no identifiable employer, the "no
/// experience, from home, paid daily" pitch, and one text published under several employer names.
/// Its words are matched in the same pass as the rules'.
/// </summary>
internal sealed partial class FraudChecker
{
    private const int Payment = 0;
    private const int Reshipping = 1;
    private const int Crypto = 2;
    private const int GiftCard = 3;
    private const int NoExperience = 4;
    private const int Remote = 5;
    private const int PaidDaily = 6;
    private const int Messaging = 7;

    private readonly int _owner;
    private readonly string _feesCode;
    private readonly int _threshold;
    private readonly ISalaryDistribution? _salaries;
    private readonly ITextEmployerIndex? _texts;

    public FraudChecker(RuleSetup setup, int owner, string feesCode, VerifierOptions options)
    {
        _owner = owner;
        _feesCode = feesCode;
        _threshold = options.FraudHoldThreshold;
        _salaries = options.Salaries;
        _texts = options.TextIndex;
        setup.Class(TermClass.Messaging, "whatsapp telegram viber wechat snapchat", exact: true);
        setup.Patterns(owner, Payment,
            // Verb forms are listed: the stemmer undoes plural and feminine, not conjugation.
            "recevoir|recevez|recevrez|recevra|reçu|réceptionner|réceptionnez|réceptionnerez|encaisser|encaissez|encaisserez " +
                "*3 virement|virements|fonds|paiement|paiements|chèque|chèques|argent *3 votre|vos|compte|comptes",
            "reverser|reversez|reverserez|transférer|transférez|transférerez|renvoyer|renvoyez|renverrez|retransférer " +
                "*4 somme|sommes|fonds|argent|montant|différence|reste|virement|virements",
            "western union", "=moneygram", "mandat cash", "=mandatcash", "chèque|chèques *3 banque *3 encaisser|déposer|dépôt",
            "prête-nom", "compte bancaire *3 prêter|utiliser|mettre disposition");
        setup.Patterns(owner, Reshipping,
            "réexpédier|réexpédition|réemballer|reconditionner|réexpédiez *3 colis|paquet|paquets|marchandise|marchandises|produits",
            "recevoir|recevez|recevrez|réceptionner|réceptionnez|réceptionnerez *3 colis|paquets *4 domicile|chez",
            "colis *4 domicile *6 renvoyer|renvoyez|expédier|expédiez|réexpédier|réexpédiez|envoyer|envoyez");
        setup.Patterns(owner, Crypto, "bitcoin|bitcoins|crypto|cryptos|cryptomonnaie|cryptomonnaies|=usdt|=btc|cryptoactifs");
        setup.Patterns(owner, GiftCard, "=transcash|=neosurf|=paysafecard|=paysafe|=itunes", "coupon|coupons|recharge|recharges =pcs",
            "carte|cartes *1 cadeau|cadeaux|prépayée|prépayées *3 acheter|achat|code|codes|recharge", "google play");
        setup.Patterns(owner, NoExperience, "sans expérience", "aucune expérience", "pas besoin *1 expérience|diplôme|cv",
            "débutant|débutants *2 accepté|acceptés|bienvenu|bienvenus", "aucun diplôme");
        setup.Patterns(owner, Remote, "télétravail|=teletravail", "domicile", "chez vous|soi", "maison", "distance", "=home");
        setup.Patterns(owner, PaidDaily,
            "payé|payée|paiement|rémunéré|rémunérée|rémunération|gain|gains|revenu|revenus|versement *3 chaque|quotidien|quotidienne|quotidiennement|journalier|jour",
            "@Money *2 par|chaque =jour", "argent facile|rapide", "gain|gains rapide|rapides|faciles|garantis", "revenus garantis|complémentaires|passifs",
            "sans effort|efforts", "complément *1 revenus|revenu");
        setup.Patterns(owner, Messaging, "@Messaging");
    }

    public FraudAssessment Assess(RuleContext context)
    {
        var signals = new List<FraudSignal>(4);
        var hits = context.HitsOf(_owner);
        // What R07 reported, not its raw hits: "vous gérez les frais d'inscription des stagiaires"
        // or an amount of pay are matched, then set aside by the rule.
        Violation? fee = null;
        foreach (var v in context.Violations)
        {
            if (v.Code == _feesCode)
            {
                fee = v;
                break;
            }
        }
        if (fee is not null || context.Contacts.PremiumNumber is not null)
            signals.Add(new FraudSignal("F01", 35, "demande d'argent aux candidats (frais, kit, numéro surtaxé)", fee?.Excerpt ?? context.Contacts.PremiumNumber));
        var scheme = First(hits, (1 << Payment) | (1 << Reshipping) | (1 << GiftCard));
        var crypto = First(hits, 1 << Crypto);
        if (scheme >= 0 || (crypto >= 0 && !context.RomeIn("M18", "C13")))
            signals.Add(new FraudSignal("F02", 30, "moyen de paiement ou réexpédition typique des arnaques (chèque, virement, colis, cryptomonnaie, cartes cadeaux)",
                Evidence(context, hits, scheme >= 0 ? scheme : crypto)));
        var chat = First(hits, 1 << Messaging);
        if (chat >= 0 || context.Contacts.MessagingLink is not null)
            signals.Add(new FraudSignal("F03", 20, "contact par messagerie instantanée (WhatsApp, Telegram…)", chat >= 0 ? Evidence(context, hits, chat) : context.Contacts.MessagingLink));
        if (context.Contacts.ForeignNumber is { } foreign)
            signals.Add(new FraudSignal("F04", 15, "numéro de téléphone étranger", foreign));
        if (context.Contacts.FreeMail is { } mail)
            signals.Add(new FraudSignal("F05", 15, "adresse de messagerie gratuite pour le recruteur", mail));
        SalarySignal(context, signals);
        EmployerSignals(context, signals);
        EasyMoneySignal(context, hits, signals);
        var score = 0;
        foreach (var s in signals)
            score += s.Weight;
        return new FraudAssessment(Math.Min(100, score), signals, _threshold);
    }

    /// <summary>Index of the first hit whose tag is in <paramref name="tags"/> (a bit mask of tags).</summary>
    private static int First(List<Hit> hits, int tags)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if ((tags & (1 << hits[i].Tag)) != 0)
                return i;
        }
        return -1;
    }

    private static string? Evidence(RuleContext context, List<Hit> hits, int index = 0) =>
        index < hits.Count ? context.Text.Excerpt(hits[index].First, hits[index].Last) : null;
}
