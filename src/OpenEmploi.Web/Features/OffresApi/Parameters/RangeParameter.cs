using System.Globalization;

namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// range=p-d, the 0-based inclusive window. Checks, in this order (ours; the API documents the
/// messages, not their precedence): the shape (two unsigned integers, d ≥ p), then p ≤ 3000, then
/// d - p + 1 ≤ 150 and d ≤ 3149. So "3001-3500" reports the start, and "0-150" the size.
/// </summary>
internal static class RangeParameter
{
    public const int DefaultStart = 0;
    public const int DefaultEnd = 149;
    public const int MaxStart = 3000;
    public const int MaxEnd = 3149;
    public const int MaxWindow = 150;

    public static (int Start, int End) Read(QueryReader reader)
    {
        if (reader.Value("range") is not { } value)
            return (DefaultStart, DefaultEnd);
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !TryInteger(value.AsSpan(0, dash), out var start) || !TryInteger(value.AsSpan(dash + 1), out var end) || end < start)
        {
            reader.Fail(ParameterErrors.RangeFormat);
            return (DefaultStart, DefaultEnd);
        }
        if (start > MaxStart)
            reader.Fail(ParameterErrors.DebutTropGrand);
        else if ((long)end - start + 1 > MaxWindow || end > MaxEnd)
            reader.Fail(ParameterErrors.PlageTropImportante);
        return (start, end);
    }

    // Digits only (no sign, no space). A well-formed integer too large for an int is still an
    // integer: it saturates, so that it fails on its limit rather than on its shape.
    private static bool TryInteger(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.ContainsAnyExceptInRange('0', '9'))
            return false;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            value = int.MaxValue;
        return true;
    }
}
