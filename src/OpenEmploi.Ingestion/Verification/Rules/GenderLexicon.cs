using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// Which job nouns are gendered, learnt from the ROME itself: every label written "Vendeur /
/// Vendeuse en boulangerie" gives a masculine and a feminine form (vendeur, vendeuse), about
/// 2,000 pairs, so that no hand-made list misses "cheffe", "agente" or "accastilleuse". Also the
/// words that name a sex and the endings of inclusive writing.
/// </summary>
internal sealed class GenderLexicon
{
    private readonly Dictionary<int, int> _masculineOf = [];

    public GenderLexicon(RuleSetup setup)
    {
        setup.Class(TermClass.Male, "homme hommes garçon garçons monsieur messieurs masculin masculine masculins masculines jh gars mec mecs", exact: true);
        setup.Class(TermClass.Female, "femme femmes fille filles dame dames madame mesdames mademoiselle demoiselle demoiselles féminin féminine féminins féminines jf nana nanas", exact: true);
        setup.Class(TermClass.InclusiveEnding, "e es se ses euse euses rice rices trice trices ne nes enne ennes ienne ere eres ère ères ière ières le les te tes ve ive fe ffe sse esse", exact: true);
        if (setup.Rome is { } rome)
        {
            var votes = new Dictionary<(string Masculine, string Feminine), int>();
            foreach (var a in rome.Appellations)
                Learn(votes, a.Libelle);
            foreach (var m in rome.Metiers)
                Learn(votes, m.Libelle);
            // A few labels put the feminine first ("Agente / Agent de bio-nettoyage"): against
            // 930 "Agent / Agente", the majority says which form is which.
            foreach (var ((masculine, feminine), count) in votes)
            {
                var reverse = votes.GetValueOrDefault((feminine, masculine));
                if (count > reverse || (count == reverse && feminine.Length > masculine.Length))
                    Pair(setup.Vocabulary, masculine, feminine);
            }
        }
        // Masculine job nouns the ROME pairs with another word ("Valet / Femme de chambre").
        setup.Class(TermClass.MascJob, "valet valets steward stewards", exact: true);
        // A few titles in daily use that the ROME spells otherwise.
        Pair(setup.Vocabulary, "serveur", "serveuse");
        Pair(setup.Vocabulary, "hôte", "hôtesse");
        Pair(setup.Vocabulary, "caissier", "caissière");
        Pair(setup.Vocabulary, "vendeur", "vendeuse");
        Pair(setup.Vocabulary, "coiffeur", "coiffeuse");
        // Nouns for the person wanted, which the ROME does not list: "une candidate", "une étudiante".
        foreach (var (masculine, feminine) in PersonNouns)
            Pair(setup.Vocabulary, masculine, feminine);
    }

    private static readonly (string, string)[] PersonNouns =
    [
        ("candidat", "candidate"), ("étudiant", "étudiante"), ("collaborateur", "collaboratrice"), ("salarié", "salariée"), ("employé", "employée"),
        ("lycéen", "lycéenne"), ("diplômé", "diplômée"), ("débutant", "débutante"), ("retraité", "retraitée"), ("remplaçant", "remplaçante"),
        ("intervenant", "intervenante"), ("associé", "associée"), ("postulant", "postulante"),
    ];

    /// <summary>The masculine form's id of a feminine job noun's id, or -1.</summary>
    public int MasculineOf(int feminineId) => _masculineOf.GetValueOrDefault(feminineId, -1);

    private static void Learn(Dictionary<(string, string), int> votes, string label)
    {
        var slash = label.IndexOf(" / ", StringComparison.Ordinal);
        if (slash < 0)
            return;
        // Only the first pair of a label is its head noun: "Agent général / Agente générale" gives
        // agent/agente; later slashes pair adjectives, which are no job titles on their own.
        var masculine = TokenizedText.FoldWords(label[..slash]);
        var feminine = TokenizedText.FoldWords(label[(slash + 3)..]);
        var n = Math.Min(masculine.Count, feminine.Count);
        for (var i = 0; i < n; i++)
        {
            if (masculine[i] == feminine[i])
                continue;
            // Misaligned labels ("Steward / Hôtesse") are not inflections: keep those sharing a start.
            if (masculine[i].Length >= 3 && feminine[i].Length >= 3 && masculine[i].AsSpan(0, 2).SequenceEqual(feminine[i].AsSpan(0, 2)))
                votes[(masculine[i], feminine[i])] = votes.GetValueOrDefault((masculine[i], feminine[i])) + 1;
            return;
        }
    }

    private void Pair(Vocabulary vocabulary, string masculine, string feminine)
    {
        var m = TokenizedText.FoldWords(masculine);
        var f = TokenizedText.FoldWords(feminine);
        if (m.Count != 1 || f.Count != 1 || m[0] == f[0])
            return;
        vocabulary.AddClass(TermClass.MascJob, m[0], exact: true);
        vocabulary.AddClass(TermClass.FemJob, f[0], exact: true);
        _masculineOf.TryAdd(vocabulary.Intern(f[0]), vocabulary.Intern(m[0]));
        // Plurals ("Serveuses en extra"): the exact classes would not see them otherwise.
        if (!f[0].EndsWith('s') && !m[0].EndsWith('s') && !m[0].EndsWith('x'))
        {
            vocabulary.AddClass(TermClass.MascJob, m[0] + "s", exact: true);
            vocabulary.AddClass(TermClass.FemJob, f[0] + "s", exact: true);
            _masculineOf.TryAdd(vocabulary.Intern(f[0] + "s"), vocabulary.Intern(m[0] + "s"));
        }
    }
}
