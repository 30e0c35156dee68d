namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// The first names the scrubber recognises (data/prenoms/prenoms.txt, embedded in this assembly),
/// compared folded: "Élodie", "ELODIE" and "elodie" are one name. A few are also ordinary words or
/// places ("Claire", "Marine", "Pierre", "Rose"): those count as a name only beside a surname or
/// after a contact word (see <see cref="PersonNames"/>).
/// </summary>
internal sealed class FirstNames
{
    private const string ResourceName = "OpenEmploi.OpenData.prenoms.txt";

    private static readonly string[] AmbiguousNames =
        ["claire", "rose", "pierre", "marine", "jade", "florence", "margot", "oceane", "clement", "laure", "lorraine", "justine", "mathilde", "ethan", "tom"];

    private readonly HashSet<string> _names;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _ambiguous;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ambiguousLookup;

    public FirstNames(IEnumerable<string> names)
    {
        _names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var trimmed = name.Trim();
            if (trimmed.Length >= 2 && !trimmed.StartsWith('#'))
                _names.Add(LetterFolding.Fold(trimmed));
        }
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _ambiguous = new HashSet<string>(AmbiguousNames, StringComparer.Ordinal);
        _ambiguousLookup = _ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static FirstNames Embedded { get; } = LoadEmbedded();

    public int Count => _names.Count;

    /// <summary>
    /// Whether <paramref name="word"/> is a first name, or a compound of first names ("Jean-Pierre");
    /// <paramref name="ambiguous"/> tells that it is also a common word and needs context.
    /// </summary>
    public bool IsFirstName(ReadOnlySpan<char> word, out bool ambiguous)
    {
        ambiguous = false;
        if (word.Length < 2 || word.Length > 40)
            return false;
        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
            folded[i] = LetterFolding.Fold(word[i]);
        var allAmbiguous = true;
        foreach (var range in folded.Split(' '))
        {
            var part = folded[range];
            if (part.Length < 2 || !_lookup.Contains(part))
                return false;
            allAmbiguous &= _ambiguousLookup.Contains(part);
        }
        ambiguous = allAmbiguous;
        return true;
    }

    private static FirstNames LoadEmbedded()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource {ResourceName} absente de l'assemblage : la liste des prénoms est indispensable à l'anonymisation.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return new FirstNames(lines);
    }
}
