using System.Text;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Places;

/// <summary>
/// The comparison key of a place name: folded (no case, no accents, hyphens and apostrophes as
/// spaces), punctuation dropped, "St"/"Ste" read as "Saint"/"Sainte", and "CEDEX" with its number
/// removed, so that "ST-ETIENNE CEDEX 2", "Saint Étienne" and "saint-etienne" share one key.
/// </summary>
internal static class PlaceKey
{
    public static string Of(string name)
    {
        var folded = TextFolding.Fold(name);
        var key = new StringBuilder(folded.Length);
        var skipNumber = false;
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
                start = i;
            if (inWord || start < 0)
                continue;
            var word = folded.AsSpan(start, i - start);
            start = -1;
            if (skipNumber && char.IsAsciiDigit(word[0]))
            {
                skipNumber = false;
                continue;
            }
            skipNumber = word is "cedex";
            if (skipNumber)
                continue;
            if (key.Length > 0)
                key.Append(' ');
            key.Append(word switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "sts" => "saints",
                "stes" => "saintes",
                _ => word,
            });
        }
        return key.ToString();
    }

    /// <summary>
    /// France Travail's label form of a commune name: upper case, no accents, no hyphens or
    /// apostrophes, "ST"/"STE" for "Saint"/"Sainte" ("ST ETIENNE", "L HAY LES ROSES").
    /// </summary>
    public static string Upper(string name)
    {
        var folded = TextFolding.Fold(name);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "saint" => "ST",
                "sainte" => "STE",
                var w => w.ToUpperInvariant(),
            };
        }
        return string.Join(' ', words);
    }
}
