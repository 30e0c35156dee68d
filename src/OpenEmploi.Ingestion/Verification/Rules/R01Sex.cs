using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R01: no offer may name the sex it wants (L1142-1) — explicit wording ("homme uniquement", "JH
/// motivé", "recrute une vendeuse") or a title in the feminine alone ("Vendeuse"). A title with
/// "H/F" or both forms is fine; so is the masculine alone ("Chef de chantier"), French's generic
/// form and how the ROME's own short labels read. The only lawful exceptions are those of
/// R1142-1: artists playing a role and models (ROME L1102, L12…).
/// </summary>
internal sealed class R01Sex : Rule
{
    private const int Explicit = 0;
    private const int YoungSex = 1;
    private const int Initials = 2;
    private const int RecruitFeminine = 3;
    private const int Excluded = 4;
    private const int ForPerson = 5;
    private const int Vocative = 6;

    private GenderLexicon _lexicon = null!;
    private WordSet _artists = null!;
    private WordSet _skippedInTitle = null!;
    private WordSet _daysOfWork = null!;
    private WordSet _restriction = null!;

    public override string Code => "R01";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1142-1 et L1132-1 du Code du travail";

    internal GenderLexicon Lexicon => _lexicon;

    public override void Register(RuleSetup setup)
    {
        _lexicon = new GenderLexicon(setup);
        setup.Class(TermClass.Recruit, "recherche recherchons cherche cherchons recrute recrutons recrutement embauche embauchons engage engageons souhaite souhaitons", exact: false);
        setup.Patterns(this, Explicit,
            "@Sex uniquement|seulement|exclusivement|exclusif|obligatoirement|impérativement|exigé|requis|souhaité|only",
            "@Sex *2 exigé|requis|obligatoire|impératif|indispensable|privilégié|préféré",
            "@Sex ?de préférence",
            "uniquement|seulement|exclusivement|seul|seuls|seule|seules|réservé|destiné|idéal|idéalement|préférentiellement|plutôt|parfait|convient|conviendrait|préférence|" +
                "privilégier~|préférer~|favoriser~ *3 @Sex",
            "poste|personne|personnel|recrutement|collaborateur|sexe|gent|présence @Sex",
            "profil|candidat|candidature *2 @Sex",
            "sexe *2 =h|=f|=m",
            "être|êtes|soyez|es *1 un|une =homme|=femme|=fille|=garçon",
            "@Recruit *2 =homme|=hommes|=femme|=femmes|=fille|=filles|=garçon|=garçons|=dame|=dames|=monsieur|=madame|=gars|=nana");
        // "Poste à pourvoir par un homme", "travail de force pour un homme".
        setup.Patterns(this, ForPerson, "poste|emploi|travail|job|mission *5 =un|=une =homme|=femme|=garçon|=fille|=dame|=monsieur|=gars");
        setup.Excluded(this, Excluded, "@Sex");
        setup.Patterns(this, YoungSex, "jeune|jeunes =homme|=hommes|=fille|=filles|=femme|=femmes|=garçon|=garçons");
        setup.Patterns(this, Initials, "=jh|=jf");
        setup.Patterns(this, RecruitFeminine, "@Recruit|idéal|idéale|idéalement|parfait|parfaite|réservé|destiné *3 une|la|notre|votre|future|nouvelle @FemJob");
        // "Messieurs, cette offre est pour vous": the ad speaks to one sex (read in Check: a vocative).
        setup.Patterns(this, Vocative, "=messieurs|=mesdames|=mesdemoiselles|=monsieur|=madame");
        _artists = setup.Words("mannequin modèle comédien acteur actrice danseur chanteur figurant figuration doublure rôle casting");
        _skippedInTitle = setup.Words("urgent recrute recrutons recherche recherchons cdi cdd intérim job poste offre emploi =h =f un une =d");
        _daysOfWork = setup.Words("tjm tarif jour jours taux");
        _restriction = setup.Words("réservé uniquement exclusivement seulement");
    }

    public override void Check(RuleContext context)
    {
        // Sex as a determining requirement: roles to play and clothes to show (R1142-1).
        if (context.RomeIn("L1102", "L12") || context.Anywhere(_artists, FieldKind.Title))
            return;
        var text = context.Text;
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First))
                continue;
            switch (hit.Tag)
            {
                case Initials when IsPersonDays(context, hit.First):
                case Explicit or YoungSex or Initials or Excluded or ForPerson when BothNear(text, hit):
                case RecruitFeminine when GenderMarks.HasCounterpart(text, _lexicon, hit.Last, 6) || InPlaceName(text, hit.Last):
                case Excluded when !context.Excludes(hit) || Narrowed(text, hit):
                // "Pas réservé aux hommes", "non uniquement féminin": the restriction is denied.
                case Explicit when _restriction.Contains(text[hit.First]) && context.NearClass(hit.First, hit.First, 2, 0, TermClass.Negation):
                // "une femme de chambre", "un homme de confiance": a compound noun, not the sex wanted.
                case ForPerson when hit.Last + 1 < text.Count && text.Folded(text[hit.Last + 1]) is "de":
                // Only a vocative opening a sentence ("Messieurs, …"), and not "Madame, Monsieur".
                case Vocative when !IsVocative(text, hit.First) || BothNear(text, hit):
                    continue;
            }
            context.Report(this, "une offre ne peut pas réserver un poste à un sexe ni indiquer le sexe recherché", hit.First, hit.Last);
        }
        CheckTitle(context);
    }

    private void CheckTitle(RuleContext context)
    {
        var text = context.Text;
        var first = -1;
        var last = -1;
        for (var i = 0; i < text.Count && context.KindOf(i) == FieldKind.Title; i++)
        {
            first = first < 0 ? i : first;
            last = i;
        }
        if (first < 0 || GenderMarks.BothSexes(text, first, last, jobNouns: true))
            return;
        for (var i = first; i <= last; i++)
        {
            // "Réceptionniste (F)", "Chauffeur - H": one sex's initial set apart.
            if (text.Folded(text[i]) is "f" or "h" && (text[i].Before & (Gap.Paren | Gap.Hyphen)) != 0 && i > first
                && (i == last || (text[i + 1].Before & (Gap.Paren | Gap.Hyphen | Gap.Slash)) != 0))
            {
                context.Report(this, "l'intitulé désigne un sexe : écrire les deux formes ou ajouter « H/F »", i, i);
                return;
            }
            // "Femme de ménage", "Homme toutes mains": the title names a sex. Not a sage-femme, nor
            // "prêt-à-porter féminin", where the adjective is the goods'.
            if ((text[i].Classes & TermClass.Sex) != 0 && !(i > first && text.Folded(text[i - 1]) is "sage")
                && !text.Folded(text[i]).StartsWith("masculin") && !text.Folded(text[i]).StartsWith("feminin"))
            {
                context.Report(this, "l'intitulé désigne un sexe : écrire les deux formes ou ajouter « H/F »", i, Math.Min(last, i + 2));
                return;
            }
        }
        // The head noun: the first word after "URGENT", "CDI -"…, with what a hyphen joins to it (aide-soignante).
        var head = first;
        while (head < last && (_skippedInTitle.Contains(text[head]) || text[head].Kind != TokenKind.Word))
            head++;
        for (var i = head; i <= last && (i == head || (text[i].Before & Gap.Hyphen) != 0); i++)
        {
            if ((text[i].Classes & TermClass.FemJob) != 0 && !GenderMarks.HasCounterpart(text, _lexicon, i, last - first + 1))
            {
                context.Report(this, "un intitulé au féminin seul réserve le poste aux femmes : écrire les deux formes ou ajouter « H/F »", head, i);
                return;
            }
        }
    }

    /// <summary>"homme ou femme", "hommes et femmes", "H/F" around the wording: both sexes are addressed.</summary>
    private static bool BothNear(TokenizedText text, Hit hit)
    {
        var sentence = text[hit.First].Sentence;
        var from = hit.First;
        var to = hit.Last;
        while (from > 0 && from > hit.First - 6 && text[from - 1].Sentence == sentence)
            from--;
        while (to + 1 < text.Count && to < hit.Last + 6 && text[to + 1].Sentence == sentence)
            to++;
        return GenderMarks.BothSexes(text, from, to);
    }

    /// <summary>"recrute à Ferrière-la-Grande": a capitalised word glued by a hyphen is a name.</summary>
    private static bool InPlaceName(TokenizedText text, int i) =>
        (text[i].Before & Gap.Hyphen) != 0 && (text[i].Before & Gap.Space) == 0 && char.IsUpper(text.FieldText(text[i].Field)[text[i].Start]);

    private static bool IsVocative(TokenizedText text, int i) =>
        (i == 0 || text[i - 1].Sentence != text[i].Sentence) && i + 1 < text.Count && text[i + 1].Sentence == text[i].Sentence
        && (text[i + 1].Before & Gap.Comma) != 0;

    /// <summary>
    /// "Femmes enceintes s'abstenir", "hommes barbus refusés": a word after the sex narrows the
    /// group, and the rule of that word (pregnancy, appearance…) reports it. "Femmes non
    /// acceptées", "les hommes ne sont pas retenus" shut out a sex.
    /// </summary>
    private static bool Narrowed(TokenizedText text, Hit hit)
    {
        if ((text[hit.First].Classes & TermClass.Sex) == 0 || hit.First + 1 > hit.Last)
            return false;
        ref readonly var next = ref text[hit.First + 1];
        return (next.Classes & (TermClass.Exclusion | TermClass.Negation)) == 0 && text.Folded(next) is not ("ne" or "n" or "sont" or "seront" or "sera" or "est");
    }

    /// <summary>"450 €/JH", "20 JH": a person-day in IT and consulting, not a "jeune homme".</summary>
    private bool IsPersonDays(RuleContext context, int i)
    {
        if (i == 0)
            return false;
        ref readonly var previous = ref context.Text[i - 1];
        return previous.Sentence == context.Text[i].Sentence
            && (previous.Kind is TokenKind.Number or TokenKind.Symbol || _daysOfWork.Contains(previous));
    }
}
