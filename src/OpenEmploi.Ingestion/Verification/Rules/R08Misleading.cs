using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R08: misleading or contradictory content (L5331-3). Clear contradictions block: a CDI whose text
/// announces "une mission d'une semaine" or a "CDD", a fixed-term contract announced as a CDI,
/// "5 ans d'expérience exigés" in an offer open to beginners, structured pay under the SMIC.
/// Softer ones warn: "mission de courte durée" in a CDI, a hedged experience wish ("idéalement
/// 2 ans") for beginners, pay under the SMIC read from free text or without known hours.
/// </summary>
internal sealed partial class R08Misleading : Rule
{
    private const int Duration = 0;
    private const int ShortTerm = 1;
    private const int CdiMention = 2;
    private const int CddMention = 3;
    private const int Experience = 4;
    private const int Beginner = 5;

    private WordSet _clients = null!;
    private WordSet _prospect = null!;
    private WordSet _company = null!;
    private WordSet _hedge = null!;
    private WordSet _refusal = null!;
    private WordSet _notContract = null!;

    public override string Code => "R08";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L5331-3 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, Duration,
            "mission|contrat|cdd|remplacement|renfort|vacation|durée|saisonnier|saisonnière|saisonniers *4 #1-36|un|une|quelques jour|jours|semaine|semaines|mois");
        setup.Patterns(this, ShortTerm, "mission|contrat|remplacement|poste *2 court|courte|ponctuel|ponctuelle|temporaire|saisonnier");
        setup.Patterns(this, CdiMention, "=cdi", "durée indéterminée");
        setup.Patterns(this, CddMention, "=cdd", "durée déterminée");
        setup.Patterns(this, Experience,
            "#1-40 an|ans|année|années *3 expérience|pratique",
            "expérience|expériences *5 #1-40 an|ans|année|années");
        setup.Patterns(this, Beginner,
            "débutant|débutants|débutante|débutantes *3 accepté|acceptés|acceptée|bienvenu|bienvenus|bienvenue|possible|admis",
            "ouvert|ouverte|accessible *2 débutant|débutants|débutante|débutantes",
            "aucune|sans|pas *1 expérience *3 requise|exigée|nécessaire|demandée|obligatoire",
            "sans expérience", "même sans expérience", "pas besoin *1 expérience");
        _clients = setup.Words("client clients");
        _prospect = setup.Words("possibilité possible perspective perspectives évolution évolutif vue terme suite puis déboucher débouchant pouvant " +
            "potentiel potentielle transformation titularisation pérennisation clé envisageable ensuite issue");
        // Whose experience: the employer's or a tutor's ("formé par un tuteur ayant 15 ans d'expérience").
        _company = setup.Words("notre nos fort forte depuis entreprise société cabinet groupe équipe cumul cumulé bénéficie riche " +
            "tuteur tutrice formateur formatrice mentor parrain marraine expert experts collègue collègues professionnels");
        // Durations that belong to something else than the contract ("période d'essai de 2 mois").
        _notContract = setup.Words("essai formation intégration préavis stage tutorat parcours période accompagnement onboarding ancienneté " +
            "expérience garantie congé congés");
        _hedge = setup.Words("souhaité souhaitée idéalement idéal apprécié appréciée serait plus bienvenu bienvenue préférence possible");
        _refusal = setup.Words("abstenir");
        RegisterPay(setup);
    }

    public override void Check(RuleContext context)
    {
        CheckContract(context);
        CheckExperience(context);
        CheckMinimumWage(context);
    }

    private void CheckContract(RuleContext context)
    {
        var type = context.Offre.TypeContrat;
        var text = context.Text;
        foreach (var hit in context.HitsOf(this))
        {
            if (type == "CDI" && hit.Tag is Duration or ShortTerm or CddMention)
            {
                // "missions de 6 mois chez nos clients": a consultant's assignments inside a CDI.
                var plural = text.Folded(text[hit.First]) is "missions" or "contrats";
                if (plural || context.Near(hit.First, hit.Last, 10, 10, _clients) || context.Near(hit.First, hit.Last, 5, 4, _prospect)
                    || (hit.Tag == Duration && DurationOfSomethingElse(context, hit)))
                    continue;
                context.Report(this, "le contrat annoncé est un CDI mais le texte décrit un contrat de durée limitée", hit.First, hit.Last,
                    hit.Tag == ShortTerm ? RuleDecision.Warn : RuleDecision.Block);
            }
            else if (type is "CDD" or "MIS" or "SAI" && hit.Tag == CdiMention)
            {
                var interimaire = hit.Last + 1 < text.Count && text.Folded(text[hit.Last + 1]) is "interimaire";
                if (interimaire || context.Near(hit.First, hit.Last, 6, 4, _prospect))
                    continue;
                context.Report(this, "le contrat annoncé est à durée déterminée mais le texte annonce un CDI", hit.First, hit.Last);
            }
        }
    }

    private void CheckExperience(RuleContext context)
    {
        var text = context.Text;
        var beginnerField = context.Offre.ExperienceExige == "D";
        var beginnerText = -1;
        foreach (var hit in context.HitsOf(this))
        {
            if (hit.Tag == Beginner && IsBeginnerStatement(context, hit))
            {
                beginnerText = hit.First;
                break;
            }
        }
        foreach (var hit in context.HitsOf(this))
        {
            if (hit.Tag != Experience || context.InEqualOpportunity(hit.First))
                continue;
            var years = 0.0;
            for (var i = hit.First; i <= hit.Last; i++)
            {
                if (text[i].Kind == TokenKind.Number)
                {
                    years = text[i].Value;
                    break;
                }
            }
            // "fort de 20 ans d'expérience, notre cabinet…": the employer's experience, not a requirement.
            if (years is < 1 or > 15 || context.Near(hit.First, hit.Last, 6, 0, _company))
                continue;
            if (beginnerField || beginnerText >= 0)
            {
                var hedged = context.Near(hit.First, hit.Last, 6, 4, _hedge);
                var clear = years >= 2 && !hedged;
                var said = beginnerText >= 0 ? "se dit ouverte aux débutants" : "est marquée « débutant accepté »";
                context.Report(this, $"l'offre {said} mais demande cette expérience", hit.First, hit.Last,
                    clear ? RuleDecision.Block : RuleDecision.Warn);
                return;
            }
        }
        if (context.Offre.ExperienceExige == "E" && beginnerText >= 0)
        {
            var hit = context.HitsOf(this).Find(h => h.First == beginnerText);
            context.Report(this, "l'offre exige de l'expérience mais se dit ouverte aux débutants", hit.First, hit.Last, RuleDecision.Warn);
        }
    }

    /// <summary>
    /// "Mission : après une période d'essai de 2 mois", "contrat avec 3 semaines de formation": the
    /// duration is the trial's or the training's (a word between, or right after the unit), not
    /// the contract's. "Remplacement congé maternité de 4 mois" stays one: the leave is what lasts.
    /// </summary>
    private bool DurationOfSomethingElse(RuleContext context, Hit hit)
    {
        var text = context.Text;
        for (var i = hit.First + 1; i < text.Count && i <= hit.Last + 2 && text[i].Sentence == text[hit.First].Sentence; i++)
        {
            if (_notContract.Contains(text[i]) && !(text.Folded(text[i]) is "conge" or "conges" && i < hit.Last))
                return true;
        }
        return false;
    }

    /// <summary>"Débutants acceptés", not "débutant non accepté" nor "débutants s'abstenir".</summary>
    private bool IsBeginnerStatement(RuleContext context, Hit hit)
    {
        for (var i = hit.First + 1; i <= hit.Last; i++)
        {
            if ((context.Text[i].Classes & TermClass.Negation) != 0)
                return false;
        }
        return !context.Near(hit.First, hit.Last, 0, 3, _refusal) && !context.NearClass(hit.First, hit.Last, 2, 0, TermClass.Negation);
    }
}
