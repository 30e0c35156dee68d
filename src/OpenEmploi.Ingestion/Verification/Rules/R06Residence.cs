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

    private WordSet _onCall = null!;
    private WordSet _vehicle = null!;

    public override string Code => "R06";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Residence,
            "habitant|habitants|résidant|résidants|résident|résidents|domicilié|domiciliés|domiciliée|domiciliées|demeurant|riverain|riverains *5 uniquement|exclusivement|seulement|obligatoirement|impérativement|exclusif",
            "habiter|résider|vivre|domicilié|domiciliée|domicile *5 obligatoirement|impérativement|exclusivement|uniquement|exigé|obligatoire",
            "obligatoirement|impérativement|exclusivement|uniquement|seulement *2 habiter|résider|vivre|domicilié|domiciliée|habitant|habitants|résidant|résidents|riverains",
            "réservé|destiné|ouvert *3 habitant|habitants|résident|résidents|riverain|riverains",
            "candidat|candidats|candidate|personne|personnes résidant|habitant|domicilié|domiciliée|domiciliés *4 uniquement|exclusivement|seulement|obligatoirement");
        setup.Patterns(this, Bank,
            "domiciliation bancaire", "banque *3 obligatoire|exigé|exigée|imposé|imposée|requis|impérativement",
            "compte *2 ouvert *2 chez|dans", "client|cliente|clients *2 =notre =banque|=la =banque",
            "compte|comptes *4 obligatoire|obligatoirement|exigé|imposé|impératif|impérativement|requis *4 banque|bancaire|agence|ouvert|domicilié",
            "obligatoirement|impérativement *2 ouvert|domicilié|domiciliée *3 banque|agence");
        setup.Patterns(this, Economic,
            "@Negation *1 fiché|fichée|fichés|fichage|interdit|interdits|incident|incidents|dette|dettes|surendettement|surendetté|surendettée|découvert",
            "fiché|fichée|fichés *2 banque", "interdit|interdits bancaire|bancaires *2 abstenir|exclu|refusé",
            "surendettement|surendetté|surendettés *2 abstenir|exclu|refusé",
            "votre|vos situation *1 financière|économique|bancaire|patrimoniale|financières", "être|êtes|soyez solvable", "votre solvabilité",
            "être|êtes|soyez propriétaire", "justifier *2 revenus", "avis imposition");
        _onCall = setup.Words("astreinte astreintes urgence urgences intervention interventions délai délais minutes");
        _vehicle = setup.Words("véhicule voiture permis");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First))
                continue;
            switch (hit.Tag)
            {
                case Residence when context.Near(hit.First, hit.Last, 12, 12, _onCall):
                case Economic when context.Near(hit.First, hit.Last, 0, 4, _vehicle):
                    continue;
            }
            var message = hit.Tag switch
            {
                Bank => "une offre ne peut pas imposer une domiciliation bancaire",
                Economic => "une offre ne peut pas retenir la situation économique des candidats",
                _ => "une offre ne peut pas réserver un poste aux habitants d'un lieu",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }
}
