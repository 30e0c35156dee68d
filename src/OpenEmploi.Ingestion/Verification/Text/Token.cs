namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>What separated a token from the previous one: inclusive writing and "H/F" live in these.</summary>
[Flags]
internal enum Gap : ushort
{
    None = 0,
    Space = 1,
    Slash = 2,
    Paren = 4,
    Dot = 8,            // "vendeur.se", "employé.e.s": a dot inside a word
    Hyphen = 16,
    Apostrophe = 32,    // an elision (d', l', qu') was dropped before the token
    Sentence = 64,      // . ! ? ; • or a line break: patterns never cross it
    Comma = 128,
    MiddleDot = 256,    // "vendeur·se"
    Field = 512,        // first token of a field
    Plus = 1024,        // "+44 7…": international prefix
}

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,             // €, $, £, %: kept as tokens because money and rates are read from them
}

/// <summary>Which part of the offer a token comes from.</summary>
internal enum FieldKind : byte
{
    Title,
    Description,
    Details,            // experience comment, salary comment, conditions, training comments
    Employer,           // entreprise.description
}

/// <summary>One word, number or symbol of an offer's text, with where it came from.</summary>
internal struct Token
{
    public int Field;
    public int Start;           // offsets in the field's original string, for excerpts
    public int End;
    public int Sentence;
    public int FoldOffset;      // folded form in TokenizedText's character buffer
    public int FoldLength;
    public int FoldId;          // vocabulary id of the folded form, -1 when no rule knows the word
    public int StemId;          // vocabulary id of the stem (plural and feminine undone)
    public TermClass Classes;
    public double Value;        // numbers
    public Gap Before;
    public TokenKind Kind;
}
