using System.Collections.Frozen;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification;

/// <summary>
/// What an employer's name says: nothing, when partners fill it with a placeholder
/// ("Confidentiel", "Entreprise non communiquée", "NC"); an agency, when its leading word is an
/// agency's brand ("Adecco Lyon", "Groupe Actual" — not "Boulangerie du Triangle").
/// </summary>
internal static class EmployerIdentity
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Placeholder = FrozenSet.Create(StringComparer.Ordinal,
        "confidentiel", "confidentielle", "confidentialite", "anonyme", "non", "communique", "communiquee", "precise", "precisee", "nc", "n", "c",
        "nd", "na", "entreprise", "societe", "employeur", "client", "masque", "masquee", "inconnu", "inconnue", "ne", "pas", "souhaite",
        "souhaitant", "etre", "cite", "citee", "nom", "la", "l", "le", "notre", "de", "du", "d", "x", "xx", "xxx", "secret", "discret",
        "discrete", "recruteur", "annonceur").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before a brand: "Groupe Actual", "Agence Adecco", "SAS Proman".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Generic = FrozenSet.Create(StringComparer.Ordinal,
        "groupe", "agence", "agences", "cabinet", "societe", "ste", "sas", "sasu", "sarl", "sa", "eurl", "ets", "etablissements", "reseau", "le", "la", "les", "l")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No name, or only placeholder words: the offer does not say who employs.</summary>
    public static bool IsMissing(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return true;
        var words = new FoldedWords(name, stackalloc char[64]);
        while (words.Next(out var word))
        {
            if (!Placeholder.Contains(word))
                return false;
        }
        return true;
    }

    /// <summary>The classes of the name's leading word once generic words are skipped ("Groupe Actual" → Agency).</summary>
    public static TermClass HeadClasses(Vocabulary vocabulary, string? name)
    {
        if (string.IsNullOrEmpty(name))
            return TermClass.None;
        var words = new FoldedWords(name, stackalloc char[64]);
        while (words.Next(out var word))
        {
            if (!Generic.Contains(word))
                return vocabulary.Classes(vocabulary.Lookup(word), -1);
        }
        return TermClass.None;
    }

    /// <summary>A short text's words, folded one at a time into a caller's buffer (no allocation).</summary>
    private ref struct FoldedWords(string text, Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _position;

        public bool Next(out ReadOnlySpan<char> word)
        {
            var length = 0;
            for (; _position <= text.Length; _position++)
            {
                var f = _position < text.Length ? CharFold.Fold(text[_position]) : CharFold.Separator;
                if (f == CharFold.Mark)
                    continue;
                if (f == CharFold.Ligature && length + 2 <= _buffer.Length)
                {
                    (_buffer[length], _buffer[length + 1]) = CharFold.Expansion(text[_position]);
                    length += 2;
                }
                else if (f != CharFold.Separator && f != CharFold.Ligature && length < _buffer.Length)
                {
                    _buffer[length++] = f;
                }
                else if (f == CharFold.Separator && length > 0)
                {
                    _position++;
                    word = _buffer[..length];
                    return true;
                }
            }
            word = default;
            return false;
        }
    }
}
