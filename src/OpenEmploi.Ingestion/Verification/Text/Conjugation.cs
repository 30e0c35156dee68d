namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// The forms of a verb an offer uses, for patterns written <c>habiter~</c>: the light stemmer
/// undoes plural and feminine but not conjugation ("habitez", "justifierez", "préférons"), and
/// an ad addresses the candidate in every tense and person. Regular -er and -ir verbs are
/// conjugated by rule (present, imperative, future, conditional, imperfect, participles); the
/// few irregular verbs the rules need are listed. Input and output are folded (no accents).
/// </summary>
internal static class Conjugation
{
    // Folded forms that are also other words are left out: "dû" is the article "du".
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["vivre"] = ["vivre", "vis", "vit", "vivons", "vivez", "vivent", "vecu", "vecue", "vecus", "vecues", "vivant", "vivra", "vivrez", "vivront", "vivrait", "vivait", "vivaient"],
        ["devoir"] = ["devoir", "dois", "doit", "devons", "devez", "doivent", "devra", "devrez", "devront", "devrait", "devriez", "devraient", "devait", "devaient"],
        ["convenir"] = ["convenir", "convient", "conviennent", "convenu", "convenue", "conviendra", "conviendrait", "conviendraient", "convenait"],
        ["abstenir"] = ["abstenir", "abstenez", "abstiennent", "abstient", "abstenu", "abstenus"],
        ["envoyer"] = ["envoyer", "envoie", "envoies", "envoyons", "envoyez", "envoient", "envoye", "envoyee", "envoyes", "envoyees", "enverra", "enverrez", "enverrait", "envoyant"],
        ["acquerir"] = ["acquerir", "acquiers", "acquiert", "acquerez", "acquierent", "acquis", "acquise", "acquises", "acquerra", "acquerrez"],
        ["prendre"] = ["prendre", "prends", "prend", "prenons", "prenez", "prennent", "pris", "prise", "prises", "prendra", "prendrez", "prendrait"],
        ["remettre"] = ["remettre", "remets", "remet", "remettons", "remettez", "remettent", "remis", "remise", "remises", "remettra", "remettrez"],
    };

    private static readonly string[] ErEndings =
        ["er", "e", "es", "ons", "ez", "ent", "ee", "ees", "ant", "erai", "eras", "era", "erons", "erez", "eront", "erait", "eraient", "eriez",
         "ais", "ait", "aient", "iez", "ions"];

    private static readonly string[] IrEndings =
        ["ir", "is", "it", "issons", "issez", "issent", "ie", "ies", "issant", "irai", "ira", "irons", "irez", "iront", "irait", "iraient",
         "issait", "issaient"];

    /// <summary>Every form of <paramref name="infinitive"/> (folded), the infinitive included.</summary>
    public static IReadOnlyList<string> Forms(string infinitive)
    {
        if (Irregular.TryGetValue(infinitive, out var listed))
            return listed;
        var forms = new List<string>();
        if (infinitive.EndsWith("er", StringComparison.Ordinal) && infinitive.Length > 3)
        {
            var stem = infinitive[..^2];
            // "exiger": exigeons, exigeant — a soft g keeps its e before a and o.
            var soft = stem.EndsWith('g') ? stem + "e" : stem;
            // Folded, the past participle (habité, habitée…) is among the present's forms.
            foreach (var ending in ErEndings)
                forms.Add((ending[0] is 'a' or 'o' ? soft : stem) + ending);
        }
        else if (infinitive.EndsWith("ir", StringComparison.Ordinal) && infinitive.Length > 3)
        {
            var stem = infinitive[..^2];
            foreach (var ending in IrEndings)
                forms.Add(stem + ending);
            forms.Add(stem + "i");
        }
        else
        {
            forms.Add(infinitive);
        }
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }
}
