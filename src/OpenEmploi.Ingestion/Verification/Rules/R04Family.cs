using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R04: family situation, pregnancy, morals, sexual orientation (L1142-1, L1132-1): "célibataire",
/// "sans enfant", "marié(e) de préférence", "pas de projet de grossesse", "bonnes mœurs",
/// "hétérosexuel". Pregnancy words are not conditions when the job is about pregnant women
/// (a midwife "accompagne les femmes enceintes"), nor is "enceinte" as a place or a loudspeaker.
/// </summary>
internal sealed class R04Family : Rule
{
    private const int Family = 0;
    private const int Pregnancy = 1;
    private const int Morals = 2;
    private const int Orientation = 3;

    private WordSet _care = null!;

    public override string Code => "R04";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1142-1 et L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Class(TermClass.Negation, "pas non sans aucun aucune aucuns ni jamais nul nulle", exact: true);
        setup.Patterns(this, Family,
            "célibataire",
            "sans|pas|aucun|aucune *2 enfant|enfants",
            "=marié|=mariée|=mariés|=mariées ?de exigé|obligatoire|souhaité|uniquement|préférence|impératif|requis",
            "être|êtes|soyez|couple =marié|=mariée|=mariés|=mariées",
            "situation familiale|matrimoniale|maritale *2 stable|compatible|exigé|requis|souhaité|précisée|préciser|indiquer",
            "votre|vos situation familiale|matrimoniale|maritale", "statut marital|matrimonial",
            "=mère|=mères|=père|=pères ?de famille|célibataire|isolé|isolée|solo",
            "parent|parents|maman|mamans|papa|papas =isolé|=isolée|=isolés|=solo|=célibataire|=célibataires",
            "idéal|parfait|convient|réservé|destiné *3 =maman|=mamans|=papa|=papas",
            "sans|pas *1 attache familiale|attaches familiales",
            "@Negation *2 charge|charges *1 famille", "@Negation *2 enfant|enfants *2 charge");
        setup.Patterns(this, Pregnancy,
            "@Negation *3 enceinte|enceintes|grossesse",
            "enceinte|enceintes *1 abstenir|exclue|exclues|interdit|accepté",
            "=femme|=femmes enceinte|enceintes",
            "candidate|candidates|salariée|salariées|personne|personnes enceinte|enceintes",
            "projet|projets ?de grossesse|maternité|bébé|enfant|enfants",
            "test *1 grossesse", "grossesse *2 en cours|exclue|abstenir|incompatible",
            "incompatible|incompatibles *3 grossesse|maternité|enceinte|enceintes");
        setup.Patterns(this, Morals,
            "bonnes mœurs", "mœurs irréprochables|exemplaires", "moralité irréprochable|exemplaire|exigée|requise",
            "vie privée *2 irréprochable|exemplaire|stable|rangée");
        setup.Patterns(this, Orientation,
            "hétérosexuel|hétérosexuelle|homosexuel|homosexuelle|lesbienne|bisexuel|bisexuelle",
            "orientation sexuelle", "identité de genre");
        _care = setup.Words("suivi suivre accompagner accompagne accompagnement consultation consultations soin soins prise charge auprès " +
            "patiente patientes maternité périnatalité sage femme prévention surveillance");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First))
                continue;
            // Midwives, PMI doctors: "les femmes enceintes" are the patients, not a condition on the
            // candidate ("vous ne devez pas être enceinte" stays one, whatever the job).
            if (hit.Tag == Pregnancy && context.Text.Folded(context.Text[hit.First]) is "femme" or "femmes"
                && (context.Near(hit.First, hit.Last, 6, 3, _care) || context.RomeIn("J1104", "J1109")))
                continue;
            var message = hit.Tag switch
            {
                Pregnancy => "une offre ne peut pas tenir compte d'une grossesse ou d'un projet d'enfant",
                Morals => "une offre ne peut pas retenir les mœurs des candidats",
                Orientation => "une offre ne peut pas retenir l'orientation sexuelle ou l'identité de genre des candidats",
                _ => "une offre ne peut pas retenir la situation de famille des candidats",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }
}
