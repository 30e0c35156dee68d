namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// One position of a pattern. Written in a small syntax (see <see cref="PatternCatalog"/>): a word
/// (any plural or feminine form), =word (exactly that form), a|b alternatives, # or #16-70 (a number),
/// @class, *n (skip up to n tokens of the same sentence) and ?item (optional).
/// </summary>
internal sealed class PatternItem
{
    public int[] Stems { get; init; } = [];
    public int[] Exacts { get; init; } = [];
    public TermClass Classes { get; init; }
    public bool Number { get; init; }
    public double Min { get; init; } = double.MinValue;
    public double Max { get; init; } = double.MaxValue;

    /// <summary>-1 for a token item; otherwise the most tokens this gap may skip.</summary>
    public int MaxGap { get; init; } = -1;

    public bool Optional { get; init; }

    public bool Accepts(in Token t)
    {
        if (Number && t.Kind == TokenKind.Number && t.Value >= Min && t.Value <= Max)
            return true;
        if ((t.Classes & Classes) != 0)
            return true;
        if (t.StemId >= 0 && Array.IndexOf(Stems, t.StemId) >= 0)
            return true;
        return t.FoldId >= 0 && Array.IndexOf(Exacts, t.FoldId) >= 0;
    }
}

/// <summary>A compiled pattern and who asked for it.</summary>
/// <param name="Id">Index in the matcher's list.</param>
/// <param name="Owner">Index of the rule (or checker) that registered it.</param>
/// <param name="Tag">What the owner means by it (a rule's own enum, as an int).</param>
/// <param name="Source">The pattern as written, for diagnostics.</param>
/// <param name="Items">Its compiled positions.</param>
internal sealed record Pattern(int Id, int Owner, int Tag, string Source, PatternItem[] Items);

/// <summary>A pattern found in the text: tokens <see cref="First"/> to <see cref="Last"/> inclusive.</summary>
internal readonly record struct Hit(int Pattern, int Tag, int First, int Last);
