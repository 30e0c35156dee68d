using System.Globalization;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.CompanyFinder.Synthetic;

/// <summary>
/// A deterministic synthetic base of establishments and their monthly hires, generated while it is
/// read (no list is held), for the company finder's tests, backtest and bench until the national
/// statistics generator feeds the input store. Only what the finder reads is generated:
/// establishments, headcounts, hires and recruitment projects; job-seeker episodes and offers are
/// left to the statistics generator and read as empty here.
/// <para>
/// Each establishment hires at a rate = headcount × its sector's monthly turnover × a personal
/// factor (log-normal) × a level that drifts quarter after quarter (a random walk with a personal
/// trend) × its sector's summer peak; monthly counts are Poisson draws around it. So the past
/// predicts the future, imperfectly — the situation the models are compared in.
/// </para>
/// </summary>
public sealed class SyntheticHiringInputs : IStatisticsInputs
{
    private readonly int _seed;
    private readonly IReadOnlyList<SyntheticPlace> _places;
    private readonly double[] _placeCumulative;
    private readonly double[] _sectorCumulative;

    public SyntheticHiringInputs(int establishments, IReadOnlyList<SyntheticPlace> places, DateOnly firstMonth, DateOnly lastMonth, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(establishments, 1);
        ArgumentNullException.ThrowIfNull(places);
        if (places.Count == 0)
            throw new ArgumentException("Il faut au moins une commune.", nameof(places));
        EstablishmentCount = establishments;
        _places = places;
        FirstMonth = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        LastMonth = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        _seed = seed;
        _placeCumulative = Cumulative(places.Select(p => p.Weight).ToArray());
        _sectorCumulative = Cumulative(SyntheticSectors.Weights);
    }

    public int EstablishmentCount { get; }

    public DateOnly FirstMonth { get; }

    public DateOnly LastMonth { get; }

    private int Quarters => (MonthIndex(LastMonth) / 3) + 1;

    public async IAsyncEnumerable<Establishment> ReadEstablishmentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            ct.ThrowIfCancellationRequested();
            yield return Profile(i).Establishment;
        }
        await Task.CompletedTask;
    }

    public async IAsyncEnumerable<EstablishmentHeadcount> ReadHeadcountsAsync(int fromYear, int toYear, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            ct.ThrowIfCancellationRequested();
            var profile = Profile(i);
            for (var year = Math.Max(fromYear, FirstMonth.Year); year <= Math.Min(toYear, LastMonth.Year); year++)
            {
                var quarter = Math.Clamp(MonthIndex(new DateOnly(year, 12, 1)) / 3, 0, Quarters - 1);
                // Employment follows hiring's level, damped: a growing establishment hires and grows.
                var employees = Math.Max(1, (int)Math.Round(profile.Employees * Math.Exp(0.5 * profile.Levels[quarter])));
                yield return new EstablishmentHeadcount(profile.Establishment.Siret, year, employees);
            }
        }
        await Task.CompletedTask;
    }

    public async IAsyncEnumerable<MonthlyHires> ReadHiresAsync(DateOnly fromMonth, DateOnly toMonth, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var from = fromMonth < FirstMonth ? FirstMonth : fromMonth;
        var to = toMonth > LastMonth ? LastMonth : toMonth;
        var rows = new List<MonthlyHires>();
        for (var i = 0; i < EstablishmentCount; i++)
        {
            ct.ThrowIfCancellationRequested();
            var profile = Profile(i);
            for (var month = from; month <= to; month = month.AddMonths(1))
            {
                rows.Clear();
                HiresOf(i, profile, month, rows);
                foreach (var row in rows)
                    yield return row;
            }
        }
        await Task.CompletedTask;
    }

    public async IAsyncEnumerable<RecruitmentProjects> ReadRecruitmentProjectsAsync(int year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var romes = SyntheticSectors.All.SelectMany(s => s.Romes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var zone in _places.Select(p => p.ZoneEmploi).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            foreach (var rome in romes)
            {
                ct.ThrowIfCancellationRequested();
                var random = new Random(Seed(_seed, year, StableHash(zone), StableHash(rome)));
                var projects = 20 + random.Next(400);
                // Each occupation has its own difficulty, the same everywhere give or take 10 points.
                var difficulty = Math.Clamp(0.2 + (0.7 * (StableHash(rome) % 1000 / 1000.0)) + ((random.NextDouble() - 0.5) * 0.2), 0, 1);
                yield return new RecruitmentProjects(year, zone, rome, projects, (int)Math.Round(projects * difficulty), (int)Math.Round(projects * 0.2 * random.NextDouble()));
            }
        }
        await Task.CompletedTask;
    }

    public IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        AsyncEnumerable.Empty<JobSeekerEpisode>();

    public IAsyncEnumerable<JobSeekerEpisode> ReadJobSeekerEpisodesAsync(DateOnly from, DateOnly to, long firstId, long lastId, CancellationToken ct = default) =>
        AsyncEnumerable.Empty<JobSeekerEpisode>();

    public Task<(long First, long Last)?> ReadJobSeekerIdRangeAsync(CancellationToken ct = default) =>
        Task.FromResult<(long, long)?>(null);

    public IAsyncEnumerable<RegisteredOffer> ReadRegisteredOffersAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        AsyncEnumerable.Empty<RegisteredOffer>();

    private void HiresOf(int index, EstablishmentProfile profile, DateOnly month, List<MonthlyHires> rows)
    {
        var e = profile.Establishment;
        if (month < new DateOnly(e.CreatedOn.Year, e.CreatedOn.Month, 1) || (e.ClosedOn is { } closed && month > closed))
            return;
        var m = MonthIndex(month);
        var season = 1 + (profile.Sector.SummerPeak * Math.Cos(2 * Math.PI * (month.Month - 7) / 12.0));
        var rate = profile.Employees * profile.Sector.MonthlyRatePerEmployee * profile.Factor * Math.Exp(profile.Levels[m / 3]) * season;
        var random = new Random(Seed(_seed, index, m, 7));
        var total = PoissonDraw.Sample(random, rate);
        if (total == 0)
            return;
        // 40 % of hires are short contracts (≤ one month); the rest split between CDI and longer CDD.
        var counts = new Dictionary<(HireContract, string?), int>();
        for (var h = 0; h < total; h++)
        {
            var contract = random.NextDouble() < 0.4 ? HireContract.CddUpToOneMonth
                : random.NextDouble() < profile.Sector.CdiShare ? HireContract.Cdi : HireContract.CddOverOneMonth;
            // The hired person's occupation is known for about 70 % of hires.
            string? rome = random.NextDouble() < 0.7 ? profile.Sector.Romes[Pick(Cumulative(profile.Sector.RomeWeights), random.NextDouble())] : null;
            counts[(contract, rome)] = counts.GetValueOrDefault((contract, rome)) + 1;
        }
        foreach (var ((contract, rome), count) in counts.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
            rows.Add(new MonthlyHires(e.Siret, month, contract, rome, count));
    }

    private EstablishmentProfile Profile(int index)
    {
        var random = new Random(Seed(_seed, index, 1));
        var sector = SyntheticSectors.All[Pick(_sectorCumulative, random.NextDouble())];
        var place = _places[Pick(_placeCumulative, random.NextDouble())];
        var employees = (int)Math.Clamp(Math.Round(Math.Exp(1.4 + (1.3 * PoissonDraw.Normal(random)))), 1, 5000);
        var factor = Math.Exp(0.6 * PoissonDraw.Normal(random));
        var trend = 0.06 * PoissonDraw.Normal(random);
        var levels = new double[Quarters];
        var level = 0.0;
        for (var q = 0; q < levels.Length; q++)
        {
            level += trend + (0.12 * PoissonDraw.Normal(random));
            levels[q] = level - (trend * levels.Length / 2.0);
        }
        var created = random.NextDouble() < 0.1
            ? FirstMonth.AddMonths(random.Next(Math.Max(1, MonthIndex(LastMonth))))
            : FirstMonth.AddYears(-1 - random.Next(20));
        DateOnly? closedOn = random.NextDouble() < 0.05 ? created.AddMonths(1 + random.Next(Math.Max(1, MonthIndex(LastMonth)))) : null;
        if (closedOn > LastMonth)
            closedOn = null;
        var siret = Siret(index);
        var name = string.Create(CultureInfo.InvariantCulture, $"{NameOf(sector.Naf)} {index + 1}");
        var establishment = new Establishment(
            siret, name, random.NextDouble() < 0.3 ? "Enseigne " + (index + 1).ToString(CultureInfo.InvariantCulture) : null,
            sector.Naf, BandOf(employees), place.Commune,
            place.Latitude + ((random.NextDouble() - 0.5) * 0.04), place.Longitude + ((random.NextDouble() - 0.5) * 0.04),
            random.NextDouble() < 0.03, created, closedOn);
        return new EstablishmentProfile(establishment, sector, employees, factor, levels);
    }

    private int MonthIndex(DateOnly month) => ((month.Year - FirstMonth.Year) * 12) + month.Month - FirstMonth.Month;

    private static string NameOf(string naf) => naf switch
    {
        "56.10A" => "Restaurant",
        "55.10Z" => "Hôtel",
        "47.11F" => "Supermarché",
        "86.10Z" => "Clinique",
        "87.10A" => "Résidence médicalisée",
        "41.20A" => "Bâtiment",
        "49.41A" => "Transports",
        "62.01Z" => "Logiciels",
        "25.62B" => "Mécanique",
        "81.21Z" => "Propreté",
        "01.13Z" => "Maraîchage",
        "85.59A" => "Formation",
        _ => "Entreprise",
    };

    internal static string BandOf(int employees) => employees switch
    {
        <= 2 => "01",
        <= 5 => "02",
        <= 9 => "03",
        <= 19 => "11",
        <= 49 => "12",
        <= 99 => "21",
        <= 199 => "22",
        <= 249 => "31",
        <= 499 => "32",
        <= 999 => "41",
        <= 1999 => "42",
        _ => "51",
    };

    /// <summary>A 14-digit SIRET in index order with a valid Luhn key, as SIRENE's are.</summary>
    internal static string Siret(int index)
    {
        var body = (80000000000000L + (index * 10L)).ToString(CultureInfo.InvariantCulture)[..13];
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            var digit = body[12 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
        }
        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
            cumulative[i] = sum += weights[i];
        for (var i = 0; i < cumulative.Length; i++)
            cumulative[i] /= sum;
        return cumulative;
    }

    private static int Pick(double[] cumulative, double u)
    {
        var i = Array.BinarySearch(cumulative, u);
        return Math.Min(cumulative.Length - 1, i >= 0 ? i : ~i);
    }

    /// <summary>
    /// A seed from integers, the same in every process (HashCode.Combine is randomised per process,
    /// which would make the base differ from one run to the next): SplitMix64 folding.
    /// </summary>
    private static int Seed(params int[] parts)
    {
        var x = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts)
        {
            x ^= (ulong)(uint)part;
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
        }
        return (int)(x & int.MaxValue);
    }

    private static int StableHash(string value)
    {
        var hash = 17;
        foreach (var c in value)
            hash = unchecked((hash * 31) + c);
        return hash & int.MaxValue;
    }

    private sealed record EstablishmentProfile(Establishment Establishment, SyntheticSector Sector, int Employees, double Factor, double[] Levels);
}
