using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R02: no age limit and no age proxy (L5331-2, L1132-1): "25-35 ans", "moins de 30 ans", "jeune",
/// "jeune diplômé", "né après 1995". Every "N ans" is read in its sentence: an age only when it is
/// bounded ("moins de", "maximum", a range) or introduced by "âge"/"âgé", never when it counts
/// experience, a company's history or the public served ("enfants de moins de 6 ans"). Lawful: the
/// legal minimum working ages (16, 18: "majeur", alcohol, night work) and, for apprenticeship and
/// professionalisation contracts, the legal age bounds (16 to 29, under 26), "jeune" included.
/// </summary>
internal sealed partial class R02Age : Rule
{
    private const int Years = 0;
    private const int Young = 1;
    private const int AgeWord = 2;
    private const int BirthYear = 3;
    private const int Excluded = 4;

    private WordSet _notAgeBefore = null!;
    private WordSet _notAgeAfter = null!;
    private WordSet _ageContext = null!;
    private WordSet _rangeLink = null!;
    private WordSet _targeting = null!;
    private WordSet _youngNotCandidate = null!;
    private WordSet _youngPublicBefore = null!;
    private WordSet _graduate = null!;

    public override string Code => "R02";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L5331-2 et L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Years, "#10-99 ans|an");
        setup.Patterns(this, Young, "jeune|jeunes|=jh|=jf");
        setup.Patterns(this, AgeWord, "limite âge", "âge limite|maximum|maximal|max|minimum|requis|exigé|souhaité|idéal", "tranche âge");
        setup.Excluded(this, Excluded, "senior|seniors|retraité|retraités|retraitée|retraitées|quinquagénaire|quinquagénaires|quadragénaire|quadragénaires");
        setup.Patterns(this, BirthYear, "=né|=née|=nés|=nées *2 #1940-2015",
            // "la trentaine" is an age; "une trentaine de salariés" (or "la trentaine de magasins") a count.
            "=la vingtaine|trentaine|quarantaine|cinquantaine|soixantaine",
            "trentenaire|trentenaires|quadragénaire|quadragénaires|quinquagénaire|quinquagénaires|quadra|quadras|quinqua|quinquas|sexagénaire");
        // Before "N ans": whose years they are (a company's history, a public served, a contract).
        _notAgeBefore = setup.Words("expérience ancienneté existence depuis fondé fondée créé création entreprise société groupe activité histoire " +
            "contrat durée mission bail garantie présence marché fort cumulé =y leader enfants enfant élèves adolescents public publics usagers " +
            "bénéficiaires patients résidents mineurs accompagner accompagnez accompagnerez accompagne accompagnement encadrer encadrez " +
            "encadrerez encadrement animer animez animerez animation accueillir accueillez accueillerez accueil suivre suivi insertion");
        // Right after "N ans": "d'expérience", "de métier", "dans le poste".
        _notAgeAfter = setup.Words("expérience ancienneté existence métier carrière pratique poste fonction domaine secteur similaire service " +
            "engagement spécialisé expertise dans");
        _ageContext = setup.Words("âge âgé avoir avez candidat candidate profil personne personnes =né =née");
        _rangeLink = setup.Words("=a =et =au");
        _targeting = setup.Words("idéal réservé destiné ouvert pour convient parfait recherche recrute cherche embauche recrutons recherchons cherchons");
        _youngNotCandidate = setup.Words("enfant public entreprise société start structure pousse équipe marque enseigne agence cabinet plant arbre " +
            "animal animaux chiot vin pousse adulte chien chat cheval bénévole volontaire sourd aveugle élève joueur sportif");
        _youngPublicBefore = setup.Words("équipe entreprise société structure agence cabinet marque enseigne start startup pme boîte maison " +
            "public auprès accompagner accompagnement " +
            "encadrer encadrement animer animation accueillir accueil insertion éducation éducatif protection mission former formation sensibiliser " +
            "sensibilisation suivi orientation prévention soutien aide animateur animatrice éducateur éducatrice professeur enseignant maison " +
            "chantier institut");
        _graduate = setup.Words("diplômé diplômée");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (context.InEqualOpportunity(hit.First))
                continue;
            var first = hit.First;
            var message = hit.Tag switch
            {
                Years => CheckYears(context, hit.First, out first),
                Young => CheckYoung(context, hit.First),
                AgeWord => context.NearClass(hit.First, hit.Last, 3, 0, TermClass.Negation) || NumberAfter(context, hit.Last, 4) ? null : Limit,
                Excluded => context.Excludes(hit) ? Limit : null,
                // "la trentaine de magasins" counts shops.
                BirthYear when context.Text.Folded(context.Text[hit.Last]).EndsWith("aine") && hit.Last + 1 < context.Text.Count
                    && context.Text.Folded(context.Text[hit.Last + 1]) is "de" => null,
                _ => Limit,
            };
            if (message is not null)
                context.Report(this, message, first, hit.Tag == Years ? hit.First + 1 : hit.Last);
        }
    }

    private const string Limit = "une offre ne peut pas fixer de limite d'âge ni retenir l'âge des candidats";

    // start: where the quote begins, the range's lower bound or "(limite d')âge" before it.
    private string? CheckYears(RuleContext context, int i, out int start)
    {
        start = i;
        var text = context.Text;
        var age = text[i].Value;
        // The other bound of a range: "25-35 ans", "de 25 à 35 ans", "entre 25 et 35 ans".
        var lowAt = -1;
        if (i >= 1 && text[i - 1].Kind == TokenKind.Number && text[i - 1].Sentence == text[i].Sentence)
            lowAt = i - 1;
        else if (i >= 2 && text[i - 2].Kind == TokenKind.Number && _rangeLink.Contains(text[i - 1]))
            lowAt = i - 2;
        // Whose years: read the words before the whole range, and right after "ans". A word about
        // the candidate nearer to the number than one about something else settles it: "public
        // visé : candidats de 18 à 30 ans" is about candidates.
        var from = lowAt >= 0 ? lowAt : i;
        start = from;
        var ageWord = context.Find(from, i, 4, 0, _ageContext, TermClass.None);
        if (ageWord >= 0 && context.Text.Folded(context.Text[ageWord]).StartsWith("age"))
            start = ageWord > 0 && context.Text.Folded(context.Text[ageWord - 1]) is "limite" ? ageWord - 1 : ageWord;
        var other = context.Find(from, i + 1, 5, 0, _notAgeBefore, TermClass.None);
        var candidate = context.Find(from, i + 1, 5, 0, _ageContext, TermClass.None);
        if ((other >= 0 && other > candidate) || FollowedBy(context, i + 1, 3, _notAgeAfter))
            return null;
        // "Des personnes âgées (de plus de 75 ans)": the elderly a carer looks after, not candidates.
        if (Elderly(context, from) && (other >= 0 || age >= 60))
            return null;
        if ((lowAt >= 0 ? text[lowAt].Value : (double?)null) is { } l)
        {
            if (l < 14 || l >= age)
                return null;        // "jeunes entre 11 et 17 ans": a public of children, not a candidate
            return context.Alternance && l <= 18 && age is 25 or 26 or 29 or 30 ? null : Limit;
        }
        var bound = IsDashed(context, i) ? Bound.Max : BoundOf(context, i);
        if (bound == Bound.Max)
            return context.Alternance && age is 25 or 26 or 29 or 30 ? null : Limit;
        if (bound == Bound.Min || context.Near(i, i + 1, 4, 0, _ageContext))
            return age is 15 or 16 or 18 ? null : Limit;   // legal minimum working ages
        return null;
    }

    private string? CheckYoung(RuleContext context, int i)
    {
        var text = context.Text;
        // The law sets who may sign an apprenticeship: saying "jeune" there only restates it.
        if (context.Alternance)
            return null;
        // "Saint-Paul-le-Jeune": a place name (a hyphen glued to the word before, not a bullet "- Jeune…").
        if ((text[i].Before & Gap.Hyphen) != 0 && (text[i].Before & (Gap.Space | Gap.Sentence | Gap.Field)) == 0
            && char.IsUpper(text.FieldText(text[i].Field)[text[i].Start]))
            return null;
        if (text.Folded(text[i]) is "jh" or "jf")
            return i > 0 && text[i - 1].Kind != TokenKind.Word && text[i - 1].Sentence == text[i].Sentence ? null : Limit;
        var next = i + 1 < text.Count && text[i + 1].Sentence == text[i].Sentence ? i + 1 : -1;
        if (next >= 0 && (_graduate.Contains(text[next]) || (text[next].Classes & TermClass.Sex) != 0))
            return "« jeune » retient l'âge des candidats : écrire « débutant(e) accepté(e) » ou « diplômé(e) récent(e) »";
        // "jeunes enfants", "vins jeunes": the word qualifies a thing or a public, before or after it.
        if ((next >= 0 && _youngNotCandidate.Contains(text[next]))
            || (i > 0 && text[i - 1].Sentence == text[i].Sentence && _youngNotCandidate.Contains(text[i - 1])))
            return null;
        if (context.Near(i, i, 5, 0, _youngPublicBefore) || NumberAfter(context, i, 3))
            return null;
        // "des jeunes", "les jeunes" is the public served ("encadrer les jeunes"), unless the offer
        // recruits or targets them ("nous recrutons des jeunes", "idéal pour les jeunes").
        if (i > 0 && text.Folded(text[i - 1]) is "des" or "les" or "aux" && !context.Near(i, i, 4, 0, _targeting))
            return null;
        return "« jeune » retient l'âge des candidats : une offre ne peut pas viser une tranche d'âge";
    }
}
