namespace OpenEmploi.Ingestion.Normalisation.Terms;

/// <summary>Pay as read from a text: in another currency than the euro (then not parsed), or its terms.</summary>
internal readonly record struct SalaryReading(bool ForeignCurrency, SalaryTerms Terms);

/// <summary>
/// The parsers' readings of short wordings, remembered: a partner feed writes its contract, working
/// time, experience and pay fields from a few hundred or thousand wordings ("CDD - 6 Mois", "35H
/// Horaires normaux", "Mensuel de 2000.00 Euros sur 12 mois"), each read by a dozen regexes over
/// its folded text. Every parser is a pure function of its text, so a remembered reading is the
/// reading. Texts longer than <see cref="MaxTextLength"/> (descriptions) are read each time.
/// One per normaliser, shared by its threads (<see cref="BoundedMemo{TKey, TValue}"/>).
/// </summary>
internal sealed class TermsMemo
{
    /// <summary>Longer texts are read each time: remembering them would hold their strings.</summary>
    public const int MaxTextLength = 256;

    // Sizes from a generated 100,000-record feed (84 contract wordings, 55 working times, 476
    // experiences, 20,046 pay texts, 28,420 titles), with room for more varied real feeds.
    private readonly BoundedMemo<string, ContractTerms> _contracts = new(4_096, StringComparer.Ordinal);
    private readonly BoundedMemo<string, ContractTerms> _strictContracts = new(8_192, StringComparer.Ordinal);
    private readonly BoundedMemo<(string Text, TimeHint Hint), WorkingTime> _workingTimes = new(4_096);
    private readonly BoundedMemo<string, ExperienceTerms> _experiences = new(4_096, StringComparer.Ordinal);
    private readonly BoundedMemo<string, SalaryReading> _salaries = new(16_384, StringComparer.Ordinal);

    /// <summary><see cref="ContractParser.Parse"/>, remembered for short texts (titles and contract fields).</summary>
    public ContractTerms Contract(string? text, bool strict = false)
    {
        if (text is null || text.Length > MaxTextLength)
            return ContractParser.Parse(text, strict);
        return (strict ? _strictContracts : _contracts).GetOrAdd(text, strict, static (t, s) => ContractParser.Parse(t, s));
    }

    /// <summary><see cref="WorkingTimeParser.Parse"/>, remembered for short texts.</summary>
    public WorkingTime WorkingTime(string? text, TimeHint hint)
    {
        if (text is null || text.Length > MaxTextLength)
            return WorkingTimeParser.Parse(text, hint);
        return _workingTimes.GetOrAdd((text, hint), 0, static (key, _) => WorkingTimeParser.Parse(key.Text, key.Hint));
    }

    /// <summary><see cref="ExperienceParser.Parse"/>, remembered for short texts.</summary>
    public ExperienceTerms Experience(string? text)
    {
        if (text is null || text.Length > MaxTextLength)
            return ExperienceParser.Parse(text);
        return _experiences.GetOrAdd(text, 0, static (t, _) => ExperienceParser.Parse(t));
    }

    /// <summary>
    /// <see cref="SalaryParser.IsForeignCurrency"/>, then <see cref="SalaryParser.Parse"/> for a
    /// text in euros, remembered for short texts.
    /// </summary>
    public SalaryReading Salary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > MaxTextLength ? Read(text) : _salaries.GetOrAdd(text, 0, static (t, _) => Read(t));

        static SalaryReading Read(string text) =>
            SalaryParser.IsForeignCurrency(text) ? new SalaryReading(true, default) : new SalaryReading(false, SalaryParser.Parse(text));
    }

    /// <summary>Entries held now, all memos together (tests).</summary>
    internal int Count => _contracts.Count + _strictContracts.Count + _workingTimes.Count + _experiences.Count + _salaries.Count;

    /// <summary>Entries held at most, all memos together.</summary>
    internal int Capacity => _contracts.Capacity + _strictContracts.Capacity + _workingTimes.Capacity + _experiences.Capacity + _salaries.Capacity;
}
