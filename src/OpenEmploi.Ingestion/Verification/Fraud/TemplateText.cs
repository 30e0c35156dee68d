using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// What F09 compares: a hash of an offer's description as a template (its words, without its
/// employer's own name) and who the employer is. One computation for the offers being verified
/// (from the verifier's tokens) and for the base's live offers read when a session opens (from
/// their stored description), so that both hash alike.
/// </summary>
internal static class TemplateText
{
    /// <summary>Descriptions shorter than this are too generic to tell a template from a coincidence.</summary>
    public const int MinWords = 40;

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "selarl", "selas", "scp", "gie",
    };

    [ThreadStatic]
    private static TokenizedText? _scratch;

    public static string? EmployerName(NormalisedOffer offer) => offer.Offre.Entreprise?.Nom ?? offer.Raw.Employer.Name;

    public static string? Siret(NormalisedOffer offer) => offer.Siret ?? offer.Raw.Employer.Siret;

    /// <summary>The SIRET when known (one employer under several trading names), else the folded name.</summary>
    public static string EmployerKey(string? name, string? siret) =>
        !string.IsNullOrWhiteSpace(siret) ? "siret:" + siret : "nom:" + Core.Text.TextFolding.Fold(name ?? "");

    /// <summary>The description F09 reads (and the verifier tokenises): the document's, or the raw record's when the document has none.</summary>
    public static string? DescriptionOf(NormalisedOffer offer) =>
        string.IsNullOrEmpty(offer.Offre.Description) ? offer.Raw.Description : offer.Offre.Description;

    /// <summary>The hash of an offer's description as the verifier reads it, or null under <see cref="MinWords"/> words.</summary>
    public static ulong? HashOf(NormalisedOffer offer) => HashOf(offer, null);

    /// <summary>
    /// <see cref="HashOf(NormalisedOffer)"/>, taken from <paramref name="known"/> — what the
    /// verifier hashed from its own tokens while preparing the record — when it read the very
    /// description and employer name the offer has (the only inputs of the hash), and computed
    /// from the offer otherwise: the row prints of the take stage would tokenise every
    /// description a second time. The verifier's tokens are the scratch tokeniser's with
    /// vocabulary ids beside them, so both ways hash alike (<c>TemplateHashTests</c>).
    /// </summary>
    public static ulong? HashOf(NormalisedOffer offer, TemplateReading? known)
    {
        var description = DescriptionOf(offer);
        if (string.IsNullOrEmpty(description))
            return null;
        var name = EmployerName(offer);
        if (known is { } reading && string.Equals(reading.Description, description, StringComparison.Ordinal)
            && string.Equals(reading.Name, name, StringComparison.Ordinal))
            return reading.Hash;
        var text = _scratch ??= new TokenizedText(null);
        text.Reset();
        text.Add(FieldKind.Description, description);
        return HashOf(text, name);
    }

    /// <summary>
    /// FNV-1a over the description's folded words, leaving out the employer's own name where the
    /// text names it: a template reposted under other names hashes the same even when it names
    /// its poster. The name is left out as a phrase ("Logistique Alpha"), never word by word: the
    /// word "logistique" of "entreprise de logistique" stays, or that copy would hash apart from
    /// the others. A one-word name is left out only where it is capitalised ("Alpha", not "alpha").
    /// </summary>
    public static ulong? HashOf(TokenizedText text, string? name)
    {
        Span<ulong> nameWords = stackalloc ulong[8];
        Span<int> nameLengths = stackalloc int[8];
        var names = 0;
        if (name is not null)
        {
            foreach (var w in Core.Text.TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (names < nameWords.Length && !LegalForms.Contains(w))
                {
                    nameLengths[names] = w.Length;
                    nameWords[names++] = Fnv(w);
                }
            }
        }
        var hash = 14695981039346656037UL;
        var words = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (text.KindOf(text[i].Field) != FieldKind.Description || text[i].Kind == TokenKind.Symbol)
                continue;
            var skip = NameAt(text, i, nameWords[..names], nameLengths);
            if (skip > 0)
            {
                i += skip - 1;
                continue;
            }
            foreach (var c in text.Folded(text[i]))
                hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ ' ') * 1099511628211UL;
            words++;
        }
        return words >= MinWords ? hash : null;
    }

    /// <summary>
    /// How many tokens from <paramref name="i"/> spell the whole name, or 0. Each token is read
    /// against the name's words (their hashes, and first their lengths: most tokens are told
    /// apart without being hashed, and this runs at every token of every description).
    /// </summary>
    private static int NameAt(TokenizedText text, int i, ReadOnlySpan<ulong> name, ReadOnlySpan<int> lengths)
    {
        if (name.IsEmpty || i + name.Length > text.Count)
            return 0;
        for (var k = 0; k < name.Length; k++)
        {
            ref readonly var t = ref text[i + k];
            if (t.Field != text[i].Field || t.FoldLength != lengths[k] || Fnv(text.Folded(t)) != name[k])
                return 0;
        }
        if (name.Length == 1 && !char.IsUpper(text.FieldText(text[i].Field)[text[i].Start]))
            return 0;
        return name.Length;
    }

    private static ulong Fnv(ReadOnlySpan<char> s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}

/// <summary>
/// The F09 template hash the verifier computed for one record (<see cref="TemplateText.HashOf(TokenizedText, string?)"/>,
/// null under <see cref="TemplateText.MinWords"/> words) with the inputs it read: the description
/// and the employer name. Carried with the record to its row's print, which reuses it when the
/// document it prints has the same inputs (<see cref="TemplateText.HashOf(NormalisedOffer, TemplateReading?)"/>).
/// </summary>
internal readonly record struct TemplateReading(string? Description, string? Name, ulong? Hash);
