namespace OpenEmploi.Search.Analysis;

/// <summary>
/// A light French stemmer for job offers: it only undoes plural and feminine inflection, so that
/// the two gender forms of a job title ("Vendeur / Vendeuse") and their plurals share one term,
/// and leaves derivation alone ("vente" and "vendeur" stay apart). The stem is the masculine
/// singular minus a final e, which keeps terms readable: vendeur, infirmier, technicien, commercial.
/// </summary>
/// <remarks>
/// Input is a folded token (lower case, no accents). Words of 3 letters or fewer are left as they
/// are and no rule shortens a word below 3 letters. Rules, in order:
/// <list type="number">
/// <item>Plural: -eaux → -eau (bureaux), -aux → -al (commerciaux), -ux → -u (lieux, bijoux),
/// otherwise a final -s not after another s (agents, but not process).</item>
/// <item>Feminine, the first rule that applies: -euse → -eur (vendeuse), -trice/-drice →
/// -teur/-deur (directrice, ambassadrice), -ive → -if from 6 letters (sportive, not drive),
/// -ère → -er (infirmière, boulangère), -ée → nothing (employée; employé → employ by rule 3).</item>
/// <item>Otherwise a final -e is dropped (agente, commerciale, ingénieure), then a doubled final
/// consonant is undoubled (technicienne → technicien, cheffe → chef, patronne → patron).</item>
/// </list>
/// Known limits, accepted for a light stemmer: -eux/-euse adjectives stay apart (dangereux,
/// dangereuse), hôte/hôtesse and travail/travaux too, and carrière meets carrier.
/// </remarks>
public static class FrenchStemmer
{
    /// <summary>Stems <paramref name="folded"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> folded)
    {
        var s = folded;
        var n = s.Length;
        if (n <= 3)
            return n;

        n = RemovePlural(s, n);
        if (n <= 3)
            return n;

        if (n > 5 && EndsWith(s, n, "euse"))
        {
            s[n - 2] = 'r';
            return n - 1;                       // vendeuse → vendeur
        }
        if (n > 5 && EndsWith(s, n, "rice") && s[n - 5] is 't' or 'd')
        {
            s[n - 4] = 'e';
            s[n - 3] = 'u';
            s[n - 2] = 'r';
            return n - 1;                       // directrice → directeur
        }
        if (n > 5 && EndsWith(s, n, "ive"))
        {
            s[n - 2] = 'f';
            return n - 1;                       // sportive → sportif
        }
        if (n > 4 && EndsWith(s, n, "ere"))
            return n - 1;                       // infirmière → infirmier
        if (n > 4 && EndsWith(s, n, "ee"))
            return n - 2;                       // employée → employ
        if (s[n - 1] == 'e')
        {
            n--;                                // agente → agent, employé → employ
            if (n > 3 && s[n - 1] == s[n - 2] && IsConsonant(s[n - 1]))
                n--;                            // technicienne → technicien
        }
        return n;
    }

    private static int RemovePlural(Span<char> s, int n)
    {
        var last = s[n - 1];
        if (last == 'x')
        {
            if (EndsWith(s, n, "eaux"))
                return n - 1;                   // bureaux → bureau
            if (n > 4 && s[n - 2] == 'u')
            {
                if (s[n - 3] == 'a')
                    s[n - 2] = 'l';             // commerciaux → commercial
                return n - 1;                   // lieux → lieu
            }
            return n;
        }
        if (last == 's' && s[n - 2] != 's')
            return n - 1;
        return n;
    }

    private static bool EndsWith(ReadOnlySpan<char> s, int n, string suffix) =>
        s[..n].EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsConsonant(char c) =>
        c is >= 'b' and <= 'z' and not ('e' or 'i' or 'o' or 'u' or 'y');
}
