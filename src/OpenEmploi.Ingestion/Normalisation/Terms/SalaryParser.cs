using System.Globalization;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

/// <summary>
/// Pay as read: the period and amounts, the months paid (12, 13…), whether the period was
/// deduced from the amount (or "k€") rather than written, whether only "SMIC" was said, and
/// whether the amount was said to be net (the wire label is meant to be gross).
/// </summary>
internal readonly record struct SalaryTerms(
    PayPeriod Period,
    decimal Min,
    decimal Max,
    int Months,
    bool PeriodInferred,
    bool Smic,
    bool Net)
{
    public bool HasAmount => Min > 0;
}

/// <summary>
/// Reads pay as job boards write it: "2 000 € brut mensuel", "1800€/mois", "entre 25 et 30
/// k€/an", "25K-30K", "12,50 € de l'heure", "SMIC", "35 000 € sur 13 mois". Words without an
/// amount ("selon profil", "à négocier") are not parsed: the caller keeps them as a comment.
/// </summary>
internal static partial class SalaryParser
{
    public static SalaryTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return default;
        var folded = TextFolding.Fold(text).Replace('_', ' ');
        var months = 12;
        var over = MonthsPattern().Match(folded);
        if (over.Success)
        {
            var count = over.Groups[1].Success ? over.Groups[1] : over.Groups[2];
            months = int.Parse(count.ValueSpan, CultureInfo.InvariantCulture);
            folded = folded.Remove(over.Index, over.Length);
        }
        var net = NetPattern().IsMatch(folded);

        decimal first = 0, second = 0;
        bool firstK = false, secondK = false;
        var firstEnd = -1;
        foreach (Match m in AmountPattern().Matches(folded))
        {
            var value = Amount(m);
            var k = m.Groups[3].Success;
            if (value <= 0)
                continue;
            if (first == 0)
                (first, firstK, firstEnd) = (value, k, m.Index + m.Length);
            else
            {
                (second, secondK) = (value, k);
                break;
            }
        }
        if (first == 0)
            return SmicPattern().IsMatch(folded) ? new SalaryTerms(PayPeriod.Hourly, 0, 0, months, false, true, net) : default;

        // "entre 25 et 30 k€": the k of the second amount is the first's too.
        if (secondK && !firstK && first < 1000)
            firstK = true;
        if (firstK)
            first *= 1000;
        if (secondK)
            second *= 1000;
        // A second number of another magnitude is not the top of a range ("2000 €, prime de 150 €").
        if (second > 0 && (second < first / 3 || second > first * 10))
            second = 0;
        var (min, max) = second > 0 ? (Math.Min(first, second), Math.Max(first, second)) : (first, first);

        var period = PeriodIn(folded.AsSpan(firstEnd));
        if (period == PayPeriod.None)
            period = PeriodIn(folded);
        var inferred = false;
        if (period == PayPeriod.None)
            (period, inferred) = (firstK || secondK ? PayPeriod.Yearly : SalaryLabel.PeriodByMagnitude(min), true);
        return new SalaryTerms(period, min, max, months, inferred, false, net);
    }

    /// <summary>"3000 CHF", "$60,000", "£30k": pay in another currency than the euro.</summary>
    public static bool IsForeignCurrency(string text) => ForeignCurrencyPattern().IsMatch(text);

    private static decimal Amount(Match m)
    {
        var whole = m.Groups[1].ValueSpan;
        Span<char> digits = stackalloc char[whole.Length];
        var n = 0;
        foreach (var c in whole)
        {
            if (char.IsAsciiDigit(c))
                digits[n++] = c;
        }
        var value = decimal.Parse(digits[..n], CultureInfo.InvariantCulture);
        if (m.Groups[2].Success)
            value += decimal.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture) / (m.Groups[2].Length == 1 ? 10m : 100m);
        return value;
    }

    private static PayPeriod PeriodIn(ReadOnlySpan<char> text)
    {
        var best = PayPeriod.None;
        var at = int.MaxValue;
        foreach (var (period, pattern) in PeriodRules)
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                if (match.Index < at)
                    (best, at) = (period, match.Index);
                break;
            }
        }
        return best;
    }

    private static readonly (PayPeriod Period, Regex Pattern)[] PeriodRules =
    [
        (PayPeriod.Hourly, HourPattern()),
        (PayPeriod.Daily, DayPattern()),
        (PayPeriod.Weekly, WeekPattern()),
        (PayPeriod.Monthly, MonthPattern()),
        (PayPeriod.Yearly, YearPattern()),
        (PayPeriod.Engagement, EngagementPattern()),
    ];

    // Thousands separated by a space or a dot ("2 000", "2.000"), decimals after a comma or a dot,
    // then "k"; not a number of hours ("35h"), months ("13 mois") or a percentage.
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)(?! ?(?:h\b|heures?\b|mois\b|%|ans?\b))( ?k(?![a-z]))?")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\bsur (1[2-6]) mois\b|\b(1[3-6]) ?(?:e|eme|ieme)? mois\b")]
    private static partial Regex MonthsPattern();

    [GeneratedRegex(@"[$£¥₣]|\b(?:CHF|USD|GBP|CAD|JPY|dollars?|livres? sterling|francs? suisses?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignCurrencyPattern();

    [GeneratedRegex(@"\bnet(?:te)?s?\b")]
    private static partial Regex NetPattern();

    [GeneratedRegex(@"\bsmic\b")]
    private static partial Regex SmicPattern();

    [GeneratedRegex(@"\b(?:h|heures?|horaires?|hr|hour|hourly)\b")]
    private static partial Regex HourPattern();

    [GeneratedRegex(@"\b(?:jours?|journaliere?|j|day|daily)\b")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\b(?:semaines?|hebdo(?:madaire)?|week|weekly)\b")]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"\b(?:mois|mensuel(?:le)?s?|mensualises?|month|monthly)\b")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\b(?:an|ans|annuel(?:le)?s?|annees?|year|yearly|annum|pa)\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\bcachets?\b")]
    private static partial Regex EngagementPattern();
}
