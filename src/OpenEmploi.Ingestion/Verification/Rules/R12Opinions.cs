using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R12: no political, union or religious condition (L1132-1, L2141-5): "non syndiqué", "apolitique",
/// "pas de militants", "port du voile interdit", "pratiquant". Religious belonging is R03's. Lawful:
/// organisations whose purpose is the belief itself, which may require adherence (unions NAF 94.20,
/// religious organisations 94.91, political parties 94.92). "Pratiquant" is read as religious only
/// when it practises nothing named after it ("pratiquant le tennis", "pratiquant d'un sport" are hobbies).
/// </summary>
internal sealed class R12Opinions : Rule
{
    private const int Union = 0;
    private const int Politics = 1;
    private const int Religious = 2;
    private const int Practising = 3;
    private const int Excluded = 4;

    public override string Code => "R12";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1132-1 et L2141-5 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Union,
            "=non|=pas syndiqué|syndiquée|syndiqués|syndiquées",
            "@Negation *3 syndicat|syndicats|syndical|syndicale|syndicaux|syndicales|syndicalisme|syndicaliste|syndicalistes|syndiqué",
            "syndicaliste|syndicalistes|syndiqué|syndiqués *1 abstenir|exclu|refusé|refusés",
            "appartenance|adhésion|affiliation|engagement|activité|activités|activisme|passé|mandat syndical|syndicale|syndicales|syndicaux",
            // The right to strike is the union's weapon: "vous n'avez jamais fait grève", "grévistes s'abstenir".
            "@Negation *3 grève|grèves", "gréviste|grévistes *1 abstenir|exclu|exclus|refusé|refusés");
        setup.Patterns(this, Politics,
            "apolitique|apolitiques",
            "@Negation *2 engagement|appartenance|activité|activités|affiliation|adhésion|opinion|opinions|militantisme politique|politiques|partisan|partisane",
            "engagement|appartenance|adhésion|affiliation|opinion|opinions|sympathie|sympathies|orientation|convictions *1 politique|politiques",
            "militant|militante|militants *2 abstenir|exclu|refusé", "@Negation *1 militant|militante|militants|militantisme",
            "membre|adhérent|adhérente|carte *2 parti", "sympathisant|sympathisante|sympathisants",
            "appartenance|adhésion|affiliation *3 parti|partis|mouvement|mouvements *1 politique|politiques",
            "engagé|engagée|engagés|engagées|impliqué|impliquée|actif|active|militer~ *1 politiquement|syndicalement",
            "@Negation *2 engagé|engagée|engagés|impliqué|impliquée|actif|active|militant|militante *4 politique|syndicale|syndical|parti|syndicat");
        setup.Patterns(this, Religious,
            "@Negation *4 voile|foulard|kippa|turban|burqa|niqab|burkini|prière|prières|ramadan",
            "voile|foulard|kippa|turban|burqa|niqab|ramadan|jeûne|prière|prières *3 interdit|proscrit|refusé|exclu|toléré|autorisé|accepté",
            "interdiction|interdit|interdite|interdits|proscrit|défendu *4 ramadan|jeûne|carême|prière|prières|voile|foulard|kippa|turban|culte",
            "port *2 voile|foulard|kippa|turban|burqa|niqab",
            "signe|signes religieux|ostentatoire|ostentatoires", "tenue|tenues religieuse|religieuses",
            "@Negation *2 pratique|pratiques|conviction|convictions|appartenance|expression *1 religieuse|religieuses|religieux");
        setup.Patterns(this, Practising, "=pratiquant|=pratiquante|=pratiquants|=pratiquantes");
        // "Des études d'opinion politique": the work's subject, not the candidate's opinions.
        _polling = setup.Words("étude études sondage sondages enquête enquêtes analyse analyses baromètre institut veille");
        // "Syndiqués s'abstenir", "les élus CGT ne sont pas les bienvenus", "un passé de militant syndical serait rédhibitoire".
        setup.Excluded(this, Excluded,
            "syndiqué|syndiqués|syndiquée|syndiquées|syndicaliste|syndicalistes|syndical|syndicale|syndicaux|syndicales|délégué|délégués|élu|élus|" +
            "militant|militants|militante|militantes|=cgt|=cfdt|=fo|=cftc|=unsa|=cgc|pratiquant|pratiquants|pratiquante|pratiquantes|voilée|voilées|" +
            "croyant|croyants|croyante|croyantes|encarté|encartés|encartée|encartées");
    }

    private WordSet _polling = null!;

    public override void Check(RuleContext context)
    {
        var naf = (context.Offre.CodeNAF ?? context.Offer.Raw.Employer.Naf)?.Replace(".", "", StringComparison.Ordinal);
        // Tendency organisations: a union, a church or a party may require adherence.
        if (naf is not null && (naf.StartsWith("9420", StringComparison.Ordinal) || naf.StartsWith("9491", StringComparison.Ordinal) || naf.StartsWith("9492", StringComparison.Ordinal)))
            return;
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First) || (hit.Tag == Excluded && !context.Excludes(hit))
                || (hit.Tag == Politics && context.Near(hit.First, hit.Last, 3, 0, _polling)))
                continue;
            if (hit.Tag == Practising && PractisesSomething(context, hit.Last) && !context.NearClass(hit.First, hit.Last, 3, 3, TermClass.Religion))
                continue;
            var message = hit.Tag switch
            {
                Union => "une offre ne peut pas tenir compte de l'appartenance ou de l'activité syndicale",
                Excluded => "une offre ne peut pas écarter des candidats pour leurs activités syndicales, politiques ou leur pratique religieuse",
                Politics => "une offre ne peut pas tenir compte des opinions politiques",
                _ => "une offre ne peut pas poser de condition religieuse",
            };
            context.Report(this, message, hit.First, hit.Last);
        }
    }

    /// <summary>"pratiquant le tennis", "pratiquant du judo", "pratiquant d'un sport": an object follows.</summary>
    private static bool PractisesSomething(RuleContext context, int last)
    {
        var text = context.Text;
        var next = last + 1;
        while (next < text.Count && text[next].Sentence == text[last].Sentence && GenderMarks.IsInclusiveEnding(text, next))
            next++;
        if (next >= text.Count || text[next].Sentence != text[last].Sentence)
            return false;
        return (text[next].Before & Gap.Apostrophe) != 0 || text.Folded(text[next]) is "le" or "la" or "les" or "du" or "des" or "un" or "une" or "de" or "en" or "au" or "plusieurs";
    }
}
