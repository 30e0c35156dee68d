namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// What to generate. <see cref="Scale"/> 1.0 is national (about 6 million registered job seekers,
/// 2.6 million establishments); tests use 0.0005, benches up to 1. The job-seeker register and the
/// offers cover <see cref="FirstYear"/> to <see cref="Until"/> (default: the end of
/// <see cref="LastYear"/>); hires and yearly headcounts reach back at least seven years
/// (<see cref="HistoryYears"/>: the company finder's anchor reads eleven half-years of hires before
/// the cutoff of its backtest, six months before today), recruitment projects at least five.
/// </summary>
public sealed record StatisticsGeneratorOptions(double Scale, ulong Seed, int FirstYear, int LastYear, DateOnly? Until = null)
{
    public DateOnly Start => new(FirstYear, 1, 1);

    public DateOnly End => Until ?? new DateOnly(LastYear, 12, 31);

    /// <summary>Years of hires and headcounts at least, whatever the job seekers' years.</summary>
    public const int HistoryYears = 7;

    /// <summary>First year of hires: <see cref="HistoryYears"/> at least.</summary>
    public int HiresFromYear => Math.Min(FirstYear, LastYear - (HistoryYears - 1));

    /// <summary>First year of recruitment projects: five years at least (sectors change over five).</summary>
    public int ProjectsFromYear => Math.Min(FirstYear, LastYear - 4);

    /// <summary>First year of headcounts: the hires' (each month's hires follow that year's headcount).</summary>
    public int HeadcountsFromYear => HiresFromYear;

    public DateOnly HiresStart => new(HiresFromYear, 1, 1);

    internal void Validate()
    {
        if (!(Scale > 0 && Scale <= 10))
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "L'échelle doit être dans ]0 ; 10] (1 = national).");
        if (FirstYear < 2000 || LastYear > 2100 || FirstYear > LastYear)
            throw new ArgumentOutOfRangeException(nameof(FirstYear), $"{FirstYear}-{LastYear}", "Années invalides : attendu 2000 ≤ première ≤ dernière ≤ 2100.");
        if (Until is { } until && (until.Year != LastYear || until < Start))
            throw new ArgumentOutOfRangeException(nameof(Until), until, "La date de fin doit tomber dans la dernière année.");
    }
}
