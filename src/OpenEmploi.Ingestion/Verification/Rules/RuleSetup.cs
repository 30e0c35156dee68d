using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>What a rule may use while it registers: the pattern catalog, the vocabulary and the ROME.</summary>
internal sealed class RuleSetup(PatternCatalog catalog, RomeReferentiel? rome)
{
    public Vocabulary Vocabulary => catalog.Vocabulary;

    public RomeReferentiel? Rome => rome;

    public void Patterns(Rule rule, int tag, params string[] patterns) => catalog.Add(rule.Owner, tag, patterns);

    public void Patterns(int owner, int tag, params string[] patterns) => catalog.Add(owner, tag, patterns);

    /// <summary>A set of words tested against tokens by stem (or exactly for =word): contexts, exemptions.</summary>
    public WordSet Words(string words)
    {
        var stems = new List<int>();
        var exacts = new List<int>();
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.EndsWith('~'))
            {
                foreach (var form in Conjugation.Forms(TokenizedText.FoldWords(w[..^1]).Single()))
                    exacts.Add(Vocabulary.Intern(form));
                continue;
            }
            var exact = w.StartsWith('=');
            foreach (var folded in TokenizedText.FoldWords(exact ? w[1..] : w))
            {
                if (exact || PatternCatalog.ExactWords.Contains(folded))
                    exacts.Add(Vocabulary.Intern(folded));
                else
                    stems.Add(Vocabulary.Intern(Vocabulary.Stem(folded)));
            }
        }
        return new WordSet([.. stems], [.. exacts]);
    }

    /// <summary>
    /// The ways an ad shuts a group out, for a rule's own group (a pattern fragment: "@Sex",
    /// "handicapé|handicapés|=pmr"): "X s'abstenir", "X exclus", "X ne seront pas retenus", "X : poste non adapté",
    /// "X non acceptés", "poste non adapté / pas accessible aux X", "ne convient pas aux X".
    /// Whatever the group, the construction is the same; a rule only names its group. Read the
    /// hits with <see cref="RuleContext.Excludes"/> ("X ne sont pas exclus" is not one). "Pas de X"
    /// (or <paramref name="denied"/>; "" for none) is read as well.
    /// </summary>
    public void Excluded(Rule rule, int tag, string group, string? denied = null)
    {
        catalog.Add(rule.Owner, tag,
            $"{group} *4 @Exclusion",
            $"{group} *5 @Negation *2 @Welcome",
            $"{group} *5 @Negation *1 @Suitable",
            $"@Negation *2 @Suitable *3 {group}",
            $"@Suitable *1 @Negation *3 {group}");
        // "Pas de femmes", "aucun candidat syndiqué": a group denied outright. A rule may give a
        // narrower group for it ("pas de français requis" is about a language).
        if (denied != "")
            catalog.Add(rule.Owner, tag, $"=pas|=aucun|=aucune *4 {denied ?? group}");
    }

    /// <summary>The classes <see cref="Excluded"/> uses, registered once.</summary>
    internal static void RegisterExclusionWords(RuleSetup setup)
    {
        setup.Class(TermClass.Exclusion,
            "abstenir abstenez exclu exclus exclue exclues refusé refusés refusée refusées proscrit proscrite proscrits proscrites " +
            "rédhibitoire rédhibitoires éliminatoire éliminatoires rejeté rejetés rejetée rejetées écarté écartés écartée écartées " +
            "interdit interdits interdite interdites",
            exact: true);
        setup.Class(TermClass.Welcome,
            "accepté acceptés acceptée acceptées admis admise admises retenu retenus retenue retenues toléré tolérés tolérée tolérées " +
            "bienvenu bienvenus bienvenue bienvenues souhaité souhaités souhaitée souhaitées étudié étudiés étudiée étudiées " +
            "considéré considérés considérée considérées désiré désirés désirée désirées prioritaire prioritaires",
            exact: true);
        setup.Class(TermClass.Suitable,
            "adapté adaptés adaptée adaptées accessible accessibles ouvert ouverts ouverte ouvertes destiné destinés destinée destinées " +
            "compatible compatibles convient conviennent conviendrait conviendraient apte aptes",
            exact: true);
    }

    /// <summary>
    /// Words before a group that make it the public a job serves, not a condition on candidates:
    /// "vous accompagnez des parents isolés", "auprès de personnes handicapées".
    /// </summary>
    public WordSet ServedPublic() => Words(
        "accompagner~ aider~ conseiller~ orienter~ informer~ former~ encadrer~ sensibiliser~ animer~ assister~ " +
        "accueillir accueille accueillez accueillons accueilli accueillie accueillerez soutenir soutiens soutient soutenez soutenons " +
        "suivre suivez suivons suivi suivie prendre~ prise auprès public publics bénéficiaire usager dispositif atelier insertion " +
        "accompagnement soutien aide");

    public void Class(TermClass cls, string words, bool exact)
    {
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            Vocabulary.AddClass(cls, w, exact);
    }
}

/// <summary>Words a rule looks for around a hit ("depuis", "expérience"…), compiled to vocabulary ids.</summary>
internal sealed class WordSet(int[] stems, int[] exacts)
{
    public bool Contains(in Token t) =>
        (t.StemId >= 0 && Array.IndexOf(stems, t.StemId) >= 0) || (t.FoldId >= 0 && Array.IndexOf(exacts, t.FoldId) >= 0);
}
