using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>How an offer addresses both sexes: "H/F", "F/H", "(H-F)", "Homme/Femme", "vendeur(se)", "employé·e".</summary>
internal static class GenderMarks
{
    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> carry a both-sexes marker.
    /// With <paramref name="jobNouns"/>, gendered job nouns count too: "Garçon limonadier / Serveuse".
    /// </summary>
    public static bool BothSexes(TokenizedText text, int first, int last, bool jobNouns = false)
    {
        var maleClasses = jobNouns ? TermClass.Male | TermClass.MascJob : TermClass.Male;
        var femaleClasses = jobNouns ? TermClass.Female | TermClass.FemJob : TermClass.Female;
        var male = false;
        var female = false;
        for (var i = first; i <= last; i++)
        {
            ref readonly var t = ref text[i];
            var w = text.Folded(t);
            if (w is "hf" or "fh")
                return true;
            if (i < last && IsPair(w, text.Folded(text[i + 1])))
                return true;
            male |= (t.Classes & maleClasses) != 0;
            female |= (t.Classes & femaleClasses) != 0;
            if (i > first && IsInclusiveEnding(text, i))
                return true;
        }
        return male && female;
    }

    private static bool IsPair(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        (a is "h" or "m" && b is "f" or "w") || (a is "f" && b is "h");

    /// <summary>"(e)", "(se)", ".e", "·euse", "/ère" right after a word: the feminine is written too.</summary>
    public static bool IsInclusiveEnding(TokenizedText text, int i)
    {
        ref readonly var t = ref text[i];
        return (t.Classes & TermClass.InclusiveEnding) != 0
            && (t.Before & (Gap.Paren | Gap.Dot | Gap.MiddleDot | Gap.Slash | Gap.Hyphen)) != 0
            && (t.Before & (Gap.Sentence | Gap.Field)) == 0;
    }

    /// <summary>
    /// Whether the feminine job noun at <paramref name="i"/> has its masculine form near it
    /// ("vendeuse / vendeur", "une serveuse ou un serveur") or an inclusive ending right after.
    /// </summary>
    public static bool HasCounterpart(TokenizedText text, GenderLexicon lexicon, int i, int window)
    {
        ref readonly var t = ref text[i];
        if (i + 1 < text.Count && text[i + 1].Sentence == t.Sentence && IsInclusiveEnding(text, i + 1))
            return true;
        var masculine = lexicon.MasculineOf(t.FoldId);
        for (var j = Math.Max(0, i - window); j < text.Count && j <= i + window; j++)
        {
            if (j == i || text[j].Sentence != t.Sentence)
                continue;
            ref readonly var u = ref text[j];
            if ((masculine >= 0 && u.FoldId == masculine) || (u.StemId == t.StemId && u.StemId >= 0 && (u.Classes & TermClass.FemJob) == 0))
                return true;
        }
        return false;
    }
}
