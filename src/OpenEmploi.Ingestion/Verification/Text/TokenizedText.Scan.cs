namespace OpenEmploi.Ingestion.Verification.Text;

// The scanner: one pass over a field, one table lookup per character.
internal sealed partial class TokenizedText
{
    private void Scan(int field, string text)
    {
        var gap = Gap.Field | Gap.Sentence;
        var start = -1;                 // original offset of the token being read
        var foldStart = 0;
        var kind = TokenKind.Symbol;    // Symbol: no token being read
        double value = 0, scale = 0;    // scale 0: integer part; then 0.1, 0.01… for decimals
        int intDigits = 0;
        var grouped = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = CharFold.Fold(c);
            if (f > '9' || f == CharFold.Ligature)
            {
                if (kind == TokenKind.Number)
                    Finish(ref kind, i);
                if (kind != TokenKind.Word)
                {
                    kind = TokenKind.Word;
                    start = i;
                    foldStart = _charCount;
                }
                if (f == CharFold.Ligature)
                {
                    var (first, second) = CharFold.Expansion(c);
                    Append(first);
                    Append(second);
                }
                else
                {
                    Append(f);
                }
                continue;
            }
            if (f is >= '0' and <= '9')
            {
                if (kind == TokenKind.Word)
                    Finish(ref kind, i);
                if (kind != TokenKind.Number)
                {
                    kind = TokenKind.Number;
                    start = i;
                    foldStart = _charCount;
                    value = scale = 0;
                    intDigits = 0;
                    grouped = false;
                }
                Append(f);
                var digit = f - '0';
                if (scale == 0)
                {
                    value = (value * 10) + digit;
                    intDigits++;
                }
                else
                {
                    value += digit * scale;
                    scale /= 10;
                }
                continue;
            }
            if (f == CharFold.Mark)
                continue;
            if (kind == TokenKind.Number && ContinuesNumber(text, i, intDigits, ref scale, ref grouped))
                continue;
            if (kind != TokenKind.Symbol)
                Finish(ref kind, i);
            gap |= Classify(text, i);
            if (c is '€' or '$' or '£' or '%')
            {
                var offset = _charCount;
                Append(c);
                Emit(field, i, i + 1, offset, TokenKind.Symbol, 0, ref gap);
            }
        }
        if (kind != TokenKind.Symbol)
            Finish(ref kind, text.Length);

        void Finish(ref TokenKind current, int end)
        {
            Emit(field, start, end, foldStart, current, current == TokenKind.Number ? value : 0, ref gap);
            current = TokenKind.Symbol;
        }
    }

    /// <summary>
    /// Decimal commas and points ("11,88", "1801.80") and thousands groups ("2 000", "1.800") stay
    /// inside one number: pay is compared as a value, not as pieces.
    /// </summary>
    private bool ContinuesNumber(string text, int i, int intDigits, ref double scale, ref bool grouped)
    {
        var c = text[i];
        var following = 0;
        while (i + 1 + following < text.Length && char.IsAsciiDigit(text[i + 1 + following]))
            following++;
        if (following == 0 || scale != 0)
            return false;
        var thousands = following == 3 && (grouped || intDigits <= 3);
        if (c is ' ' or '\u00A0' or '\u202F' && thousands)
        {
            grouped = true;
            return true;
        }
        if (c == '.' && thousands && !grouped)
        {
            grouped = true;
            return true;
        }
        if (c is ',' or '.' && (!grouped || following <= 2))
        {
            scale = 0.1;
            Append('.');
            return true;
        }
        return false;
    }

    private static Gap Classify(string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '\n' or '\r' or '\u2028' or '\u2029':
                return Gap.Sentence;
            case '/' or '\\' or '|':
                return Gap.Slash;
            case '(' or ')' or '[' or ']' or '{' or '}':
                return Gap.Paren;
            case '-' or '‐' or '‑' or '–' or '—':
                return Gap.Hyphen;
            case '.':
                return i + 1 < text.Length && char.IsLetter(text[i + 1]) ? Gap.Dot : Gap.Sentence;
            case '!' or '?' or ';' or '•' or '…' or '▪' or '►' or '➢':
                return Gap.Sentence;
            case '·' or '∙' or '⋅':
                return Gap.MiddleDot;
            case ',':
                return Gap.Comma;
            case '+':
                return Gap.Plus;
            case '\'' or '’' or '‘' or 'ʼ':
                return Gap.Apostrophe;
        }
        // Arrows, squares, check marks and other dingbats start list items; "n°3" and "©" do not.
        return c is (>= '\u2190' and <= '\u21FF') or (>= '\u25A0' and <= '\u27BF') ? Gap.Sentence : Gap.Space;
    }
}
