namespace OpenEmploi.CompanyFinder.Search;

/// <summary>
/// The random factor of the default order: each company's score is multiplied by a factor between
/// <see cref="Low"/> and <see cref="High"/> drawn from (SIRET, day), so applications spread over
/// comparable companies instead of piling on the first one, while a job seeker who comes back the
/// same day sees the same order. A hash, not a generator: no state, the same on every node.
/// </summary>
public static class DailyShuffle
{
    public const double Low = 0.75;
    public const double High = 1.25;

    public static double Factor(string siret, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(siret);
        var x = 0xCBF29CE484222325UL;
        foreach (var c in siret)
            x = (x ^ c) * 0x100000001B3UL;
        x ^= (ulong)(uint)day.DayNumber * 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return Low + ((High - Low) * ((x >> 11) * (1.0 / (1UL << 53))));
    }
}
