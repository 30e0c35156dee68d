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
    private const int Excluded = 4;

    private WordSet _care = null!;
    private WordSet _public = null!;

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
            "@Negation *2 charge|charges *1 famille", "@Negation *2 enfant|enfants *2 charge",
            "@Negation *2 contrainte|contraintes|obligation|obligations|attache|attaches|charge|charges *1 familiale|familiales|famille",
            "sans|aucune|pas *1 attache|attaches",
            "situation de famille *3 stable|compatible|exigé|requis|souhaité|précisée|préciser|indiquer",
            "votre|vos situation de famille",
            "personne|candidat|candidate|profil|couple *1 =marié|=mariée|=mariés|=mariées",
            // Any marital status asked of the candidate: "personne divorcée", "vous êtes veuf", "séparé(e) de préférence".
            "personne|personnes|candidat|candidats|candidate|candidates|profil divorcé|divorcée|divorcés|divorcées|=veuf|=veufs|=veuve|=veuves|=séparé|=séparée|concubin|concubine|=pacsé|=pacsée",
            "êtes|soyez|être divorcé|divorcée|divorcés|divorcées|=veuf|=veufs|=veuve|=veuves|concubin|concubine",
            "divorcé|divorcée|=veuf|=veuve|=séparé|=séparée|=pacsé|=pacsée *2 exigé|obligatoire|souhaité|uniquement|préférence|impératif|requis|apprécié|plus",
            // Asked about: "merci d'indiquer si vous avez des enfants", "nombre d'enfants à préciser".
            "indiquer~|préciser~|mentionner~|communiquer~|renseigner~|signaler~|déclarer~ *4 =vos|=votre|=avez *2 enfant|enfants|famille|familiale|matrimoniale",
            "nombre|âge *1 enfant|enfants *4 indiquer~|préciser~|mentionner~|communiquer~|renseigner~|cv|candidature",
            "situation ?de familiale|famille|matrimoniale|maritale *4 indiquer~|préciser~|mentionner~|communiquer~|renseigner~|cv|candidature",
            "incompatible|incompatibles *4 enfant|enfants|famille",
            "envisager~|prévoir~|projeter~|désirer~|vouloir|voulez|souhaiter~ *3 =avoir|=faire *2 enfant|enfants|bébé",
            "mariage|pacs|concubinage *3 exigé|obligatoire|requis|souhaité|impératif|préférence", "=pacsé|=pacsée|=pacsés|=pacsées",
            "vie *1 famille|familiale *2 contraignante|contraignantes|prenante|lourde|incompatible",
            "libre|libres *3 attache|attaches", "libre|libres *3 contrainte|contraintes|obligation|obligations|charge|charges *1 familiale|familiales|famille",
            "@Negation *1 compatible|compatibles *4 enfant|enfants|famille");
        setup.Excluded(this, Excluded,
            "enceinte|enceintes|grossesse|maman|mamans|=mère|=mères|célibataire|célibataires|=marié|=mariés|=mariée|=mariées|divorcé|divorcée|" +
            "divorcés|divorcées|parent|parents|=papa|=papas|=père|=pères|homosexuel|homosexuelle|homosexuels|homosexuelles|=gay|=gays|lesbienne|lesbiennes|transgenre|transgenres");
        // "Les personnes ayant des enfants à charge ne sont pas prioritaires."
        setup.Excluded(this, Excluded, "ayant|avec *2 enfant|enfants", denied: "");
        setup.Patterns(this, Pregnancy,
            "@Negation *3 enceinte|enceintes|grossesse|grossesses",
            "@Negation *2 maternité|maternités|bébé|bébés *2 prévu|prévue|prévus|envisagé|envisagée|court|moyen|terme|projet|an|ans|année|années",
            "enceinte|enceintes *1 abstenir|exclue|exclues|interdit|accepté",
            "=femme|=femmes enceinte|enceintes",
            "candidate|candidates|salariée|salariées|personne|personnes enceinte|enceintes",
            "projet|projets ?de grossesse|maternité|bébé|enfant|enfants",
            "test *1 grossesse", "grossesse *2 en cours|exclue|abstenir|incompatible",
            "incompatible|incompatibles *3 grossesse|maternité|enceinte|enceintes",
            "@Negation *1 compatible|compatibles *4 grossesse|maternité|enceinte|enceintes");
        setup.Patterns(this, Morals,
            "bonnes mœurs", "mœurs irréprochables|exemplaires", "moralité irréprochable|exemplaire|exigée|requise",
            "vie privée *2 irréprochable|exemplaire|stable|rangée");
        setup.Patterns(this, Orientation,
            "hétérosexuel|hétérosexuelle|homosexuel|homosexuelle|lesbienne|bisexuel|bisexuelle",
            "orientation sexuelle", "identité de genre");
        _public = setup.ServedPublic();
        _care = setup.Words("suivi suivre accompagner accompagne accompagnement consultation consultations soin soins prise charge auprès " +
            "patiente patientes maternité périnatalité sage femme prévention surveillance");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First) || (hit.Tag == Excluded && !context.Excludes(hit)))
                continue;
            // "Vous accompagnez des parents isolés": the public served, not the candidate.
            if (hit.Tag is Family or Excluded && context.Near(hit.First, hit.Last, 5, 0, _public))
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
                Excluded => "une offre ne peut pas écarter des candidats pour leur situation de famille, une grossesse ou leur orientation sexuelle",
                _ => "une offre ne peut pas retenir la situation de famille des candidats",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }
}
