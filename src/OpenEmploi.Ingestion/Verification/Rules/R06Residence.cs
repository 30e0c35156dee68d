using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R06: place of residence, bank, economic situation (L1132-1): "habitants du quartier X
/// uniquement", "domiciliation bancaire", "non fiché Banque de France", "être propriétaire de son
/// logement". Living near the site is not flagged when the offer gives the reason the job needs it
/// (on-call duty: "astreintes", "interventions d'urgence"); "à proximité" alone is never a condition.
/// </summary>
internal sealed class R06Residence : Rule
{
    private const int Residence = 0;
    private const int Bank = 1;
    private const int Economic = 2;
    private const int BankName = 3;
    private const int Excluded = 4;
    private const int Distance = 5;

    private WordSet _onCall = null!;
    private WordSet _vehicle = null!;
    private WordSet _required = null!;
    private WordSet _bankTask = null!;
    private WordSet _housing = null!;
    private WordSet _hedge = null!;
    private WordSet _served = null!;

    public override string Code => "R06";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Residence,
            "habitant|habitants|résidant|résidants|résident|résidents|domicilié|domiciliés|domiciliée|domiciliées|demeurant|riverain|riverains *5 uniquement|exclusivement|seulement|obligatoirement|impérativement|exclusif",
            // Not "domicile": "aide à domicile, véhicule obligatoire" is home care.
            "habiter~|résider~|vivre~|loger~|demeurer~|domicilié|domiciliée *5 obligatoirement|impérativement|exclusivement|uniquement|exigé|obligatoire|condition|" +
                "indispensable|impératif|requis|nécessairement",
            "obligatoirement|impérativement|exclusivement|uniquement|seulement|seul|seuls|seule|seules *3 habiter~|résider~|vivre~|loger~|demeurer~|domicilié|domiciliée|habitant|habitants|résidant|résidents|riverains",
            "devoir~|impératif|obligatoire|indispensable|exigé *3 habiter~|résider~|vivre~|loger~|demeurer~|domicilié|domiciliée",
            // Living near the site stated as a requirement further on: "habiter à proximité immédiate du magasin est une condition".
            "habiter~|résider~|vivre~|loger~|demeurer~ *2 proximité *6 condition|obligatoire|obligatoirement|impératif|impérativement|exigé|exigée|indispensable|requis|requise|nécessaire",
            // Priority given to where candidates live: "priorité aux habitants", "réservé aux résidents de la commune"
            // (not "la priorité au bien-être des résidents" of a care home: a résident is named with the place).
            "priorité|prioritaire|prioritairement|préférence *2 habitant|habitants|résidant|résidants|riverain|riverains|domicilié|domiciliés",
            "priorité|prioritaire|prioritairement|préférence|réservé|réservée|uniquement|exclusivement *3 résident|résidents *3 commune|ville|quartier|département|secteur|arrondissement|village|canton|agglomération",
            "domiciliation *6 exigé|exigée|obligatoire|requis|requise|impératif|impérative|indispensable",
            "lieu ?de résidence|domicile|habitation *6 exigé|exigée|obligatoire|requis|requise|impératif|impérative|indispensable",
            "habitant|habitants|résident|résidents|résidant|résidants|riverain|riverains *4 prioritaire|prioritaires|privilégié|privilégiés|préférence",
            "réservé|destiné|ouvert *3 habitant|habitants|résident|résidents|riverain|riverains|vivant|résidant|résidants|domicilié|domiciliés|demeurant",
            "candidat|candidats|candidate|personne|personnes résidant|habitant|domicilié|domiciliée|domiciliés *4 uniquement|exclusivement|seulement|obligatoirement");
        setup.Patterns(this, Bank,
            "domiciliation bancaire", "banque *3 obligatoire|exigé|exigée|imposé|imposée|requis|impérativement",
            "compte *2 ouvert *2 chez|dans", "client|cliente|clients *2 =notre =banque|=la =banque",
            "compte|comptes *4 obligatoire|obligatoirement|exigé|imposé|impératif|impérativement|requis *4 banque|bancaire|agence|ouvert|domicilié",
            "obligatoirement|impérativement *2 ouvert|domicilié|domiciliée *3 banque|agence");
        // A named bank: "un compte à la Société Générale", "versé uniquement sur un compte Crédit Mutuel".
        setup.Patterns(this, BankName,
            "compte|comptes|client|clients|cliente|clientes|sociétaire|sociétaires *3 banque|=bnp|=lcl|=cic|=hsbc|=bred|=boursorama|=fortuneo",
            "compte|comptes|client|clients|cliente|clientes|sociétaire|sociétaires *3 =credit =agricole|=mutuel|=lyonnais|=cooperatif",
            "compte|comptes|client|clients|cliente|clientes|sociétaire|sociétaires *3 =societe =generale",
            "compte|comptes|client|clients|cliente|clientes|sociétaire|sociétaires *3 =caisse =epargne",
            "compte|comptes|client|clients|cliente|clientes|sociétaire|sociétaires *3 =banque =postale|=populaire");
        // "Résider à moins de 5 km", "habiter à moins de 20 minutes": a condition unless hedged or justified.
        setup.Patterns(this, Distance, "habiter~|résider~|vivre~|loger~|demeurer~|domicilié|domiciliée|domiciliés|domicile *2 moins|proximité|rayon *4 =km|kilomètre|kilomètres|minute|minutes");
        setup.Excluded(this, Excluded,
            "quartier|quartiers|cité|cités|banlieue|banlieues|résident|résidents|résidant|résidants|habitant|habitants|riverain|riverains|" +
            "=qpv|=zup|=zus|fiché|fichés|fichée|fichées|surendetté|surendettés|surendettée|surendettées|endetté|endettés|endettée|endettées");
        setup.Patterns(this, Economic,
            "@Negation *1 fiché|fichée|fichés|fichage|interdit|interdits|incident|incidents|dette|dettes|surendettement|surendetté|surendettée|découvert",
            "@Negation *3 surendetté|surendettée|surendettés|surendettées|endetté|endettée|endettés|endettées|fiché|fichée|fichés|fichées",
            "fiché|fichée|fichés *2 banque", "interdit|interdits bancaire|bancaires *2 abstenir|exclu|refusé",
            "surendettement|surendetté|surendettés *2 abstenir|exclu|refusé",
            "votre|vos situation *1 financière|économique|bancaire|patrimoniale|financières", "être|êtes|soyez solvable", "votre solvabilité",
            "être|êtes|soyez propriétaire", "justifier *2 revenus", "avis imposition",
            "propriétaire *1 =de|=du *1 =votre|=son|=sa logement|maison|résidence|appartement|habitation",
            "justifier~ *3 situation *1 financière|bancaire|patrimoniale|économique", "justifier~ *2 solvabilité|revenus|patrimoine|ressources");
        // Not "minutes": "habiter à moins de 20 minutes" is a residence condition unless the job says why.
        _onCall = setup.Words("astreinte astreintes urgence urgences intervention interventions délai délais");
        _required = setup.Words("devoir~ posséder~ détenir~ disposer~ avez êtes soyez être obligatoire obligatoirement impérativement impératif exigé exclusivement uniquement seulement condition " +
            "salaire salaires rémunération paie versé versée virement");
        _bankTask = setup.Words("client clients clientèle ouverture ouvertures ouvrir~ gestion gérer~ portefeuille conseiller~ conseil");
        _hedge = setup.Words("idéalement idéal préférence apprécié appréciée souhaitable possible plus atout bienvenu");
        _housing = setup.Words("logement maison résidence appartement habitation domicile bien biens immobilier véhicule voiture terrain");
        _vehicle = setup.Words("véhicule voiture permis");
        _served = setup.Words("client clients clientèle usager usagers patient patients bénéficiaire bénéficiaires famille familles élève élèves " +
            "abonné abonnés particulier particuliers adhérent adhérents locataire locataires");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First))
                continue;
            switch (hit.Tag)
            {
                case Residence or Excluded or Distance when context.Near(hit.First, hit.Last, 12, 12, _onCall):
                case Distance when context.Near(hit.First, hit.Last, 10, 10, _hedge):
                // "Soins à domicile dans un rayon de 15 km": the service, not where the candidate lives.
                case Distance when hit.First > 0 && context.Text.Folded(context.Text[hit.First - 1]) is "a" or "au" or "aux" or "du" or "des":
                // "Vous livrez les clients habitant dans un rayon de 20 km": where the people served live.
                case Residence or Distance when ServedPeopleLive(context, hit):
                case Economic when context.Near(hit.First, hit.Last, 0, 4, _vehicle) || OwnsSomethingElse(context, hit):
                case BankName when !context.Near(hit.First, hit.Last, 12, 12, _required) || context.Near(hit.First, hit.Last, 8, 8, _bankTask):
                case Excluded when !context.Excludes(hit):
                    continue;
            }
            var message = hit.Tag switch
            {
                Bank or BankName => "une offre ne peut pas imposer une domiciliation bancaire",
                Economic => "une offre ne peut pas retenir la situation économique des candidats",
                _ => "une offre ne peut pas réserver un poste aux habitants d'un lieu",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }

    /// <summary>"Les clients habitant dans un rayon de 20 km": a participle after the people served, in the same sentence.</summary>
    private bool ServedPeopleLive(RuleContext context, Hit hit)
    {
        var text = context.Text;
        var before = hit.First - 1;
        return before >= 0 && text[before].Sentence == text[hit.First].Sentence && _served.Contains(text[before]);
    }

    /// <summary>"Vous êtes propriétaire de vos projets": ownership of work, not of a home.</summary>
    private bool OwnsSomethingElse(RuleContext context, Hit hit)
    {
        var text = context.Text;
        var last = hit.Last;
        if (text.Folded(text[last]) is not ("proprietaire" or "proprietaires"))
            return false;
        var next = last + 1;
        if (next >= text.Count || text[next].Sentence != text[last].Sentence)
            return false;
        var of = text.Folded(text[next]) is "de" or "du" or "des" || (text[next].Before & Gap.Apostrophe) != 0;
        return of && !context.Near(last, last, 0, 4, _housing);
    }
}
