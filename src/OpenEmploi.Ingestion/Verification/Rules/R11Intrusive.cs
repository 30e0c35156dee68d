using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R11: what is asked of candidates must bear on the job (L1221-6): no "casier judiciaire vierge",
/// "photo obligatoire", blood group, star sign or graphology. A criminal-record extract is lawful
/// for regulated professions: private security (CNAPS card, ROME K25), police and armed forces
/// (K17), childcare, education and social work with minors or vulnerable people (K12, K13, K21,
/// G12), health (J), banking, insurance and estate agency (C1), law (K19), taxi and VTC drivers.
/// A photo is part of a model's or performer's application (ROME L1102, L12).
/// </summary>
internal sealed class R11Intrusive : Rule
{
    private const int Record = 0;
    private const int Photo = 1;
    private const int Other = 2;
    private const int Regulated = 3;
    private const int Personal = 4;

    private static readonly string[] RegulatedRome =
        ["K11", "K12", "K13", "K14", "K17", "K19", "K21", "K25", "J", "C1", "G12", "N4102", "N4108", "N4112", "N4124"];

    private WordSet _photography = null!;
    private WordSet _asked = null!;
    private WordSet _locker = null!;

    public override string Code => "R11";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1221-6 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Record,
            "casier|casiers *1 judiciaire|judiciaires|vierge|vierges", "extrait *2 casier", "bulletin *2 #3-3", "extrait *1 =b #3-3",
            "antécédent|antécédents judiciaire|judiciaires|pénal|pénaux", "@Negation *1 condamnation|condamnations",
            "@Negation *3 condamné|condamnée|condamnés|condamnées", "poursuite|poursuites judiciaire|judiciaires|pénale|pénales",
            "@Negation *2 casier|casiers");
        setup.Patterns(this, Photo,
            "photo|photos|photographie *1 obligatoire|exigé|exigée|indispensable|requis|requise|impératif|impérative|souhaité|souhaitée|récente|identité|jointe",
            "cv|candidature|lettre *3 photo|photos",
            "joindre|joignez|envoyer|envoyez|accompagné|accompagnée *4 photo|photos|photographie",
            "photo *1 pied",
            "photo|photos|photographie *6 demandé|demandée|demandées|exigé|exigée|obligatoire|requis|requise|souhaitée|impérative|indispensable",
            "cv|candidature *1 =photo|=photos");
        setup.Patterns(this, Other, "graphologie|graphologique|graphologiques");
        // Asked of the candidate ("indiquez votre groupe sanguin"), not a task ("le groupe sanguin des donneurs").
        setup.Patterns(this, Personal, "groupe sanguin", "signe astrologique|zodiaque", "signe du zodiaque", "test =adn|génétique|génétiques",
            "numéro *3 sécurité sociale", "carte vitale");
        setup.Patterns(this, Regulated,
            "carte professionnelle", "=cnaps", "agrément", "habilitation", "petite enfance", "mineurs", "personnes vulnérables",
            "transport *1 fonds", "crèche|crèches");
        // Photos of things: the work shown, not the candidate ("photos de vos réalisations").
        _photography = setup.Words("produit produits retouche shooting studio appareil reportage photographe photographique book casting " +
            "réalisation réalisations travaux création créations portfolio plat plats chantier chantiers projet projets pièce pièces bien biens " +
            "catalogue annonce annonces");
        _locker = setup.Words("vestiaire vestiaires individuel individuels cadenas rangement consigne consignes");
        _asked = setup.Words("votre vos indiquer~ préciser~ mentionner~ communiquer~ fournir~ joindre~ renseigner~ demandé demandée exigé exigée " +
            "requis obligatoire candidature cv soumis soumise");
    }

    public override void Check(RuleContext context)
    {
        var hits = context.HitsOf(this);
        var regulated = context.RomeIn(RegulatedRome) || hits.Exists(h => h.Tag == Regulated);
        var performer = context.RomeIn("L1102", "L12");
        foreach (var hit in hits)
        {
            switch (hit.Tag)
            {
                case Regulated:
                case Record when regulated || context.NearClass(hit.First, hit.Last, 0, 4, TermClass.Negation):
                // "casier individuel", "pas de casier au vestiaire": a locker.
                case Record when context.Near(hit.First, hit.Last, 6, 6, _locker):
                case Photo when performer || context.Near(hit.First, hit.Last, 6, 6, _photography):
                case Personal when !context.Near(hit.First, hit.Last, 6, 6, _asked):
                    continue;
            }
            var message = hit.Tag switch
            {
                Record => "un extrait de casier judiciaire ne peut être exigé que pour une profession réglementée",
                Photo => "une photo ne peut pas être exigée des candidats",
                _ => "cette information n'a pas de lien avec l'emploi proposé et ne peut pas être demandée",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }
}
