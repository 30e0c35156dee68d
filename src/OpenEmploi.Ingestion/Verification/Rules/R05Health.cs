using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R05: health, disability, physical appearance (L1132-1): "bonne santé", "personne valide",
/// "pas de handicap", "physique agréable", "sans tatouage", "taille 1m70 minimum". Disability is
/// only flagged when excluded: positive wording ("poste ouvert / réservé prioritairement aux
/// travailleurs handicapés", "RQTH bienvenue") is lawful positive action (L5212-2, L1133-4).
/// Appearance is the work itself for models and performers (ROME L1102, L12). "Bonne présentation"
/// and "tenue soignée" are customer-facing standards, not appearance, and pass.
/// </summary>
internal sealed class R05Health : Rule
{
    private const int Health = 0;
    private const int Disability = 1;
    private const int Appearance = 2;
    private const int Excluded = 3;

    private WordSet _notPerson = null!;
    private WordSet _notSick = null!;
    private WordSet _garden = null!;
    private WordSet _public = null!;
    private WordSet _load = null!;
    private WordSet _exertion = null!;

    public override string Code => "R05";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Health,
            "bon|bonne|parfait|parfaite|excellent|excellente santé", "santé irréprochable|parfaite|solide|robuste|de fer",
            "@Negation *1 problème|problèmes|souci|soucis|antécédent|antécédents|maladie|maladies|pathologie|pathologies *2 santé|médical|médicaux|chronique|chroniques",
            "@Negation *1 antécédent|antécédents médical|médicaux", "@Negation *1 arrêt|arrêts maladie",
            "personne|personnes|candidat|candidats|travailleur|travailleurs|profil valide|valides", "physiquement valide|valides", "valide|valides physiquement",
            "bon|bonne|parfait|parfaite|excellent|excellente *2 santé", "état de santé *2 irréprochable|parfait|excellent|compatible|exigé|requis",
            "@Negation *1 problème|problèmes|souci|soucis|pathologie|pathologies|douleur|douleurs|trouble|troubles|antécédent|antécédents " +
                "*2 dos|genou|genoux|épaule|épaules|cardiaque|cardiaques|cœur|respiratoire|respiratoires|articulaire|articulaires|lombaire|lombaires|" +
                "vue|audition|psychologique|psychologiques|psychiatrique|psychiatriques|mental|mentaux|allergie|allergies",
            "@Negation *2 maladie|maladies|allergie|allergies|hernie|hernies|asthme|diabète|épilepsie|dépression|cancer|pathologie|pathologies",
            "@Negation *1 lunettes|lentilles", "@Negation *1 appareil auditif");
        setup.Excluded(this, Excluded,
            "handicap|handicapé|handicapée|handicapés|handicapées|=rqth|invalide|invalides|invalidité|=pmr|fauteuil|fauteuils|malade|malades|" +
            "obèse|obèses|surpoids|corpulent|corpulente|corpulents|corpulentes|tatouage|tatouages|tatoué|tatouée|tatoués|tatouées|piercing|" +
            "piercings|barbe|barbu|barbus|diabétique|diabétiques|épileptique|épileptiques|asthmatique|asthmatiques|séropositif|séropositifs|lunettes");
        setup.Excluded(this, Excluded, "mobilité réduite");
        setup.Patterns(this, Disability,
            "@Negation *2 handicap|handicapé|handicapée|handicapés|handicapées|invalidité|rqth|infirmité",
            "handicap|handicapé|handicapés|rqth *1 =non|=pas accepté|toléré|admis|compatible",
            "handicap|handicapé|handicapés|rqth *1 abstenir|exclu|exclus|refusé|incompatible");
        setup.Patterns(this, Appearance,
            "physique agréable|avantageux|irréprochable|attrayant|attractif|séduisant|plaisant|harmonieux",
            "bon|beau|joli physique", "belle|jolie|beau|joli apparence|silhouette|visage|gueule|femme|fille|garçon|homme",
            "apparence physique", "être|êtes|soyez|silhouette|physique mince", "mensurations",
            "@Negation *1 tatouage|tatouages|piercing|piercings", "tatouage|tatouages|piercing|piercings *2 interdit|proscrit|refusé|toléré|accepté",
            "taille minimum|minimale|mini|min", "mesurer|mesurant|mesurez|mesure|mesurerez *3 #1-2 =m #0-99", "taille *1 #1-2 =m #0-99", "mesurer|mesurant|mesurez|mesure|taille *3 #140-210 =cm",
            "taille =34|=36|=38|=40", "@Negation *1 barbe", "rasé de près",
            "obésité|obèse|obèses|surpoids|corpulence|corpulent|corpulente|embonpoint *2 =non|=pas|abstenir|exclu|exclue|refusé|refusée|interdit|proscrit|toléré|tolérée|accepté|acceptée|incompatible",
            "@Negation *1 obésité|obèse|obèses|surpoids|embonpoint",
            "critère|critères *1 physique|physiques|esthétique|esthétiques",
            "visage|silhouette|physique|allure|dentition|dents|corps|peau|figure|traits *1 harmonieux|harmonieuse|harmonieuses|agréable|avantageux|" +
                "avantageuse|beau|belle|joli|jolie|parfait|parfaite|attrayant|attrayante|séduisant|séduisante|mince|fin|fine|fins|svelte|élancé|" +
                "élancée|impeccable|irréprochable|blanche|blanches|régulier|réguliers|plaisant|plaisante",
            "poids *3 taille|proportionné|proportionnée|harmonieux|idéal|normal", "=imc", "indice *2 masse corporelle",
            "mesurer~|mesurant *2 minimum|moins|maximum|plus|mini|min *2 #1.4-2.2 =m|=metre|=metres",
            "#1.4-2.2 =m|=metre|=metres minimum|mini|min|maximum|max|minimale|requis|exigé",
            "taille *1 #1.4-2.2 =m|=metre|=metres",
            // A body weight (not a load: see _load): "vous pesez moins de 70 kg", "ne pas dépasser 70 kg".
            "peser~ *3 #35-200 =kg|=kilos|=kilogrammes", "dépasser~|excéder~ *2 #40-150 =kg|=kilos|=kilogrammes",
            // "Poids maximum : 80 kg" is the candidate's; "colis d'un poids maximum de 50 kg" a load (see _load).
            "poids *2 maximum|maximal|max|minimum|minimal|inférieur|supérieur|idéal|requis|exigé *3 #40-150 =kg|=kilos|=kilogrammes",
            // "physique" as a noun, not an exertion ("condition physique", "travail physique").
            "=un|=votre|=ton|=beau|=bon =physique", "physique *2 exigé|requis|souhaité|apprécié|obligatoire|impératif|indispensable");
        // "la bonne santé financière", "la bonne santé des résidents": not the candidate's health.
        _notPerson = setup.Words("financière financier économique publique environnementale animale animaux végétale entreprise =des =du =de");
        _notSick = setup.Words("professionnelle professionnelles professionnel déclarée déclarées");
        _garden = setup.Words("haie haies arbre arbres arbuste arbustes végétaux fruitier fruitiers vigne vignes rosier rosiers élagage pierre");
        _public = setup.ServedPublic();
        // Not "poids" itself: it names a body weight as well as a load; the load is what says which.
        _load = setup.Words("charge charges colis carton cartons sac sacs port porter~ manutention palette palettes objet objets marchandise marchandises");
        _exertion = setup.Words("condition aptitude aptitudes effort efforts travail activité activités force résistance endurance forme dépense " +
            "capacité capacités exercice exigence exigences préparation entraînement");
    }

    private static bool IsKilograms(RuleContext context, Hit hit) =>
        context.Text.Folded(context.Text[hit.Last]) is "kg" or "kilos" or "kilogrammes";

    public override void Check(RuleContext context)
    {
        var performer = context.RomeIn("L1102", "L12");
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First))
                continue;
            switch (hit.Tag)
            {
                case Health when context.Near(hit.First, hit.Last, 0, 1, _notPerson):
                // "aucune maladie professionnelle déclarée depuis 10 ans": the company's record.
                case Health when context.Near(hit.First, hit.Last, 0, 1, _notSick):
                case Appearance when performer:
                // "taille des haies jusqu'à 2 m": pruning.
                case Appearance when context.Near(hit.First, hit.Last, 6, 6, _garden):
                case Appearance when IsKilograms(context, hit) && context.Near(hit.First, hit.Last, 8, 8, _load):
                case Appearance when context.Text.Folded(context.Text[hit.First]) is "physique" && context.Near(hit.First, hit.First, 1, 0, _exertion):
                case Excluded when !context.Excludes(hit) || context.Near(hit.First, hit.Last, 5, 0, _public):
                    continue;
            }
            var message = hit.Tag switch
            {
                Disability => "une offre ne peut pas écarter les personnes handicapées (la priorité aux travailleurs handicapés reste permise)",
                Excluded => "une offre ne peut pas écarter des candidats pour leur état de santé, un handicap ou leur apparence physique",
                Appearance => "une offre ne peut pas retenir l'apparence physique des candidats",
                _ => "une offre ne peut pas retenir l'état de santé des candidats : l'aptitude relève de la médecine du travail",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }
}
