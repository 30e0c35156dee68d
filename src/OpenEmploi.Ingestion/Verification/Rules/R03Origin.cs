using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R03: origin, nationality, religion, surname or accent (L1132-1): "nationalité française exigée",
/// "type européen", "sans accent", "de confession catholique", "français langue maternelle".
/// A nationality requirement is lawful for posts the law reserves to nationals (civil service,
/// police, armed forces, defence clearances): public employers (NAF 84), ROME K14/K17/K19, or an
/// offer that says "fonction publique", "concours", "fonctionnaire", "habilitation"…
/// </summary>
internal sealed class R03Origin : Rule
{
    private const int Nationality = 0;
    private const int Origin = 1;
    private const int Native = 2;
    private const int PublicService = 3;

    private WordSet _goods = null!;
    private WordSet _persons = null!;
    private WordSet _languageWork = null!;

    public override string Code => "R03";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Class(TermClass.Nationality,
            "français française européen européenne caucasien caucasienne maghrébin maghrébine africain africaine asiatique arabe " +
            "étranger étrangère occidental occidentale hispanique slave antillais antillaise métropolitain métropolitaine " +
            "algérien algérienne marocain marocaine tunisien tunisienne sénégalais sénégalaise ivoirien ivoirienne malien malienne " +
            "portugais portugaise polonais polonaise roumain roumaine turc turque chinois chinoise comorien comorienne",
            exact: false);
        setup.Class(TermClass.Religion,
            "catholique catholiques chrétien chrétienne chrétiens musulman musulmane musulmans juif juive juifs protestant protestante " +
            "orthodoxe bouddhiste hindou hindoue athée évangélique évangéliste",
            exact: false);
        setup.Patterns(this, Nationality,
            "nationalité *2 @Nationality|=ue|=cee|union",
            "citoyen|citoyenne|citoyenneté|ressortissant *2 @Nationality|=ue|union",
            "européen|européenne|européens|européennes|étranger|étrangers|étrangère|étrangères uniquement|exclusivement|seulement|exigé|obligatoire|requis|abstenir");
        setup.Patterns(this, Origin,
            "origine *2 @Nationality|ethnique|=ethnie",
            "@Nationality de souche", "de souche @Nationality",
            "type @Nationality|=caucasien|=caucasienne|=nordique|=méditerranéen|=méditerranéenne",
            "profil|candidat|candidate|candidats|personne|personnes|physique|look|apparence @Nationality",
            "peau claire|blanche|noire|mate|foncée", "couleur de peau", "=race blanche|noire|caucasienne", "=ethnie|=ethnique",
            "=bbr", "bleu blanc rouge",
            "sans|pas|aucun accent", "accent *3 =non accepté|acceptée|toléré", "accent *3 proscrit|interdit|exclu|refusé", "accent neutre",
            "personne|personnes|gens|candidat|candidats|candidate|candidates de couleur", "culture @Religion",
            "nom|patronyme *2 consonance", "consonance *2 @Nationality|étrangère", "patronyme @Nationality",
            "confession *2 @Religion", "religion *2 @Religion|exigé|requis|obligatoire",
            "@Religion uniquement|exigé|requis|obligatoire|souhaité|impératif|exclusivement|préférence",
            "être|êtes|soyez|candidat|candidate|profil|personne @Religion");
        setup.Patterns(this, Native, "langue maternelle", "locuteur|locutrice natif|native", "=native =speaker");
        _goods = setup.Words("produit produits viande fabrication appellation label matière matériaux bois fruit légume vin ingrédient garantie " +
            "contrôlée aoc aop igp denrée marchandise pièce cuisine gastronomie recette spécialité plat");
        setup.Patterns(this, PublicService, "fonction publique", "fonctionnaire|concours|habilitation|armée|militaire|gendarmerie|préfecture|ministère|magistrat",
            "police nationale|municipale", "secret défense");
        _persons = setup.Words("profil personne candidat candidate physique look apparence visage homme femme collaborateur collaboratrice");
        _languageWork = setup.Words("traducteur traductrice traduction interprète interprétariat professeur enseignant formateur");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (hit.Tag == PublicService || context.InEqualOpportunity(hit.First)
                || (hit.Tag == Nationality && context.NearClass(hit.First, hit.Last, 2, 0, TermClass.Negation)))
                continue;
            switch (hit.Tag)
            {
                case Nationality when IsReservedToNationals(context):
                case Origin when context.Near(hit.First, hit.Last, 4, 1, _goods) || QualifiesAThing(context, hit.First):
                case Origin when IsReligiousOrganisation(context) && NamesReligion(context, hit):
                case Native when context.Anywhere(_languageWork, FieldKind.Title) || context.RomeIn("E1108"):
                    continue;
            }
            var message = hit.Tag == Native
                ? "exiger une langue maternelle revient à exiger une origine : demander plutôt un niveau de langue"
                : "une offre ne peut pas retenir l'origine, la nationalité, l'apparence ethnique, la religion, le nom ou l'accent des candidats";
            context.Report(this, message, hit.First, hit.Last);
        }
    }

    /// <summary>"Prises de type européen": "X de type Y" describes X, and X is not a person.</summary>
    private bool QualifiesAThing(RuleContext context, int first)
    {
        var text = context.Text;
        if (text.Folded(text[first]) is not "type" || first < 2 || text.Folded(text[first - 1]) is not "de")
            return false;
        return text[first - 2].Sentence == text[first].Sentence && !_persons.Contains(text[first - 2]);
    }

    private static bool NamesReligion(RuleContext context, Hit hit)
    {
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if ((context.Text[i].Classes & TermClass.Religion) != 0)
                return true;
        }
        return false;
    }

    /// <summary>A church or religious association may require its faith for posts that carry it (tendency organisation).</summary>
    private static bool IsReligiousOrganisation(RuleContext context) =>
        (context.Offre.CodeNAF ?? context.Offer.Raw.Employer.Naf)?.Replace(".", "", StringComparison.Ordinal).StartsWith("9491", StringComparison.Ordinal) ?? false;

    /// <summary>Posts the law reserves to French or EU nationals: civil service, police, armed forces, defence.</summary>
    private bool IsReservedToNationals(RuleContext context)
    {
        var naf = context.Offre.CodeNAF ?? context.Offer.Raw.Employer.Naf;
        return (naf is not null && naf.StartsWith("84", StringComparison.Ordinal))
            || context.RomeIn("K14", "K17", "K19")
            || context.HitsOf(this).Exists(h => h.Tag == PublicService);
    }
}
