using System.Globalization;
using System.Runtime.InteropServices;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.JobSeekers;

/// <summary>
/// Indicators 1 and 2 from one pass over the register: job seekers at the quarter's end by
/// category with their profile (DE_1), entries (DE_5) and exits (DE_SORT) over the quarter, and
/// the ABC stock at its start (the outflow rate's denominator). Each episode costs a few
/// increments at its commune and métier; territories and domaines come from the roll-up. The
/// profile of categories A, B, C is counted by domaine professionnel sought too (the specification
/// breaks figures down by occupation): "all occupations" is the roll-up of the domaines.
/// </summary>
/// <remarks>
/// One counter per thread: it counts into its own <see cref="CellCounts"/> with its own
/// characteristic codes (<see cref="FirstUseCharacteristics"/>), and <see cref="AddTo"/> merges
/// the threads' counters into the cell table (<see cref="CountAsync"/> does it all).
/// </remarks>
internal sealed class JobSeekerCounter
{
    public const string Categories = "CATCAND";

    private readonly StatisticsContext _context;
    private readonly StatPeriod _quarter;
    private readonly int _stock;
    private readonly int _entries;
    private readonly int _exits;
    private readonly int _atStart;
    private readonly int _abc;
    private readonly int[] _categories;
    // Not readonly: the merge releases each thread's table once it is merged (AddTo).
    private CellCounts _counts = new();
    private readonly FirstUseCharacteristics _characteristics = new();
    private readonly Dictionary<string, int> _education = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _qualification = new(StringComparer.Ordinal);
    // Local ids of the characteristics with few values, taken on first use (-1 before): the
    // codebook sees the same first uses as when they were looked up by name each time.
    private readonly int[] _sex = [-1, -1, -1];
    private readonly int[] _age = [-1, -1, -1];
    private readonly int[] _experience = [-1, -1, -1, -1, -1, -1];
    private readonly int[] _seniority = [-1, -1, -1];
    private readonly int[] _family = [-1, -1, -1, -1, -1];
    private readonly int[] _reason = [-1, -1, -1, -1, -1, -1];

    public JobSeekerCounter(StatisticsContext context, StatPeriod quarter)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _quarter = quarter;
        _stock = context.Codes.Indicator(Indicators.JobSeekers);
        _entries = context.Codes.Indicator(Indicators.Entries);
        _exits = context.Codes.Indicator(Indicators.Exits);
        _atStart = context.Codes.Indicator(Indicators.JobSeekersAtStart);
        _abc = context.Codes.Nomenclature(Categories, "ABC");
        _categories =
        [
            -1,
            context.Codes.Nomenclature(Categories, "A", "ABC"),
            context.Codes.Nomenclature(Categories, "B", "ABC"),
            context.Codes.Nomenclature(Categories, "C", "ABC"),
            context.Codes.Nomenclature(Categories, "D"),
            context.Codes.Nomenclature(Categories, "E"),
        ];
    }

    public long Episodes { get; private set; }

    /// <summary>
    /// Counts the quarter's episodes into <paramref name="table"/>: the register is split into
    /// id ranges read on their own connections by <paramref name="threads"/> threads, and the
    /// threads' counts are merged so that the table is the same as one thread would make it.
    /// Returns the episodes counted.
    /// </summary>
    public static async Task<long> CountAsync(
        StatisticsContext context, CellTable table, IStatisticsInputs inputs, StatPeriod quarter, int threads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var from = quarter.Start.AddDays(-1);
        var parts = EpisodeParts.Split(await inputs.ReadJobSeekerIdRangeAsync(ct), threads);
        var counters = Enumerable.Range(0, Math.Max(1, Math.Min(threads, parts.Count))).Select(_ => new JobSeekerCounter(context, quarter)).ToArray();
        var next = -1;
        await Task.WhenAll(counters.Select(counter => Task.Run(async () =>
        {
            int part;
            while ((part = Interlocked.Increment(ref next)) < parts.Count)
            {
                counter._characteristics.Part = part;
                var (first, last) = parts[part];
                await foreach (var episode in inputs.ReadJobSeekerEpisodesAsync(from, quarter.End, first, last, ct))
                    counter.Add(episode);
            }
        }, ct)));
        AddTo(context, table, counters);
        return counters.Sum(c => c.Episodes);
    }

    /// <summary>Adds the cells of <paramref name="counters"/> (one per thread) to <paramref name="table"/>, their characteristics given codebook ids first.</summary>
    public static void AddTo(StatisticsContext context, CellTable table, IReadOnlyList<JobSeekerCounter> counters)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(counters);
        var ids = FirstUseCharacteristics.Register(context.Codes, [.. counters.Select(c => c._characteristics)]);
        var merged = new CellCounts(counters.Max(c => c._counts.Count));
        for (var c = 0; c < counters.Count; c++)
        {
            var local = ids[c];
            merged.AddAll(counters[c]._counts, packed => (packed & ~0x1FFL) | (long)local[(int)(packed & 0x1FF)]);
            // A thread's table is hundreds of megabytes at national scale: released as soon as it
            // is merged, not when the counters go (after the cell table is filled).
            counters[c]._counts = new CellCounts(0);
        }
        merged.AddTo(table);
    }

    public void Add(JobSeekerEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        Episodes++;
        var territory = _context.Territories.Place(episode.Commune, null);
        var metier = _context.Activities.Metier(episode.RomeSought);
        var category = _categories[(int)episode.Category];
        var isAbc = episode.Category is JobSeekerCategory.A or JobSeekerCategory.B or JobSeekerCategory.C;
        var domaine = !isAbc ? -1 : metier == _context.Activities.UnknownMetier ? metier : _context.Activities.AncestorsOf(metier)[0];
        var start = _quarter.Start.AddDays(-1);
        var end = _quarter.End;
        if (RegisteredAt(episode, start) && isAbc)
            _counts.Add(new CellKey(_atStart, territory, metier, _abc, 0).Packed);
        if (RegisteredAt(episode, end))
        {
            Count(_stock, territory, metier, category, isAbc);
            Profile(_stock, territory, domaine, category, Local(_sex, (int)episode.Sex, "SEXE", SexCode(episode.Sex)));
            var age = AgeBandIndex(episode.BirthMonth, end);
            Profile(_stock, territory, domaine, category, Local(_age, age, "AGE", AgeBands[age]));
            Profile(_stock, territory, domaine, category, Local(_education, "NIVFORM", episode.EducationLevel));
            Profile(_stock, territory, domaine, category, Local(_qualification, "QUALIF", episode.Qualification));
            Profile(_stock, territory, domaine, category,
                Local(_experience, (int)episode.Experience, "EXPERIENCE", ExperienceCode(episode.Experience)));
            var seniority = SeniorityIndex(episode.RegisteredOn, end);
            Profile(_stock, territory, domaine, category, Local(_seniority, seniority, "ANCIENNETE", SeniorityBands[seniority]));
            Profile(_stock, territory, domaine, category,
                Local(_family, (int)episode.FamilySituation, "SITFAM", FamilyCode(episode.FamilySituation)));
        }
        if (episode.RegisteredOn >= _quarter.Start && episode.RegisteredOn <= end)
        {
            Count(_entries, territory, metier, category, isAbc);
            Profile(_entries, territory, domaine, category, Local(_sex, (int)episode.Sex, "SEXE", SexCode(episode.Sex)));
            var age = AgeBandIndex(episode.BirthMonth, episode.RegisteredOn);
            Profile(_entries, territory, domaine, category, Local(_age, age, "AGE", AgeBands[age]));
        }
        if (episode.ExitedOn is { } exited && exited >= _quarter.Start && exited <= end)
        {
            Count(_exits, territory, metier, category, isAbc);
            var reason = episode.ExitReason is { } r ? (int)r : 0;
            Profile(_exits, territory, domaine, category, Local(_reason, reason, "MOTIF", reason.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private int Local(int[] ids, int index, string type, string code)
    {
        ref var id = ref ids[index];
        if (id < 0)
            id = _characteristics.Characteristic(type, code);
        return id;
    }

    private int Local(Dictionary<string, int> ids, string type, string code)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, code, out var exists);
        if (!exists)
            id = _characteristics.Characteristic(type, code);
        return id;
    }

    /// <summary>Registered at the end of <paramref name="day"/>: an episode exited that day no longer is.</summary>
    public static bool RegisteredAt(JobSeekerEpisode episode, DateOnly day) =>
        episode.RegisteredOn <= day && (episode.ExitedOn is null || episode.ExitedOn > day);

    public static string SexCode(Sex sex) => sex == Sex.Female ? "F" : "H";

    private static readonly string[] AgeBands = ["MOINS25", "25A49", "50ETPLUS"];

    private static readonly string[] SeniorityBands = ["MOINS1AN", "1A2ANS", "2ANSETPLUS"];

    /// <summary>Age bands of the specification: under 25, 25 to 49, 50 and over (age at <paramref name="on"/>).</summary>
    public static string AgeBand(DateOnly birthMonth, DateOnly on) => AgeBands[AgeBandIndex(birthMonth, on)];

    private static int AgeBandIndex(DateOnly birthMonth, DateOnly on)
    {
        var age = on.Year - birthMonth.Year - (on.Month < birthMonth.Month ? 1 : 0);
        return age < 25 ? 0 : age < 50 ? 1 : 2;
    }

    /// <summary>Experience bands as the API's EXPERIENCE codes (docs/statistics-api.md).</summary>
    public static string ExperienceCode(ExperienceBand band) => band switch
    {
        ExperienceBand.None => "AUCUNE",
        ExperienceBand.LessThanOneYear => "MOINS1AN",
        ExperienceBand.OneToTwoYears => "1A2ANS",
        ExperienceBand.ThreeToFiveYears => "3A5ANS",
        ExperienceBand.MoreThanFiveYears => "PLUS5ANS",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "bande d'expérience inconnue"),
    };

    /// <summary>Family situations as the API's SITFAM codes.</summary>
    public static string FamilyCode(FamilySituation situation) => situation switch
    {
        FamilySituation.SingleWithoutChildren => "SEUL_SANS_ENFANT",
        FamilySituation.SingleWithChildren => "SEUL_AVEC_ENFANTS",
        FamilySituation.CoupleWithoutChildren => "COUPLE_SANS_ENFANT",
        FamilySituation.CoupleWithChildren => "COUPLE_AVEC_ENFANTS",
        _ => throw new ArgumentOutOfRangeException(nameof(situation), situation, "situation familiale inconnue"),
    };

    /// <summary>Registration seniority: under a year, one to two, two and over.</summary>
    public static string Seniority(DateOnly registeredOn, DateOnly on) => SeniorityBands[SeniorityIndex(registeredOn, on)];

    private static int SeniorityIndex(DateOnly registeredOn, DateOnly on) =>
        registeredOn > on.AddYears(-1) ? 0 : registeredOn > on.AddYears(-2) ? 1 : 2;

    private void Count(int indicator, int territory, int metier, int category, bool isAbc)
    {
        _counts.Add(new CellKey(indicator, territory, metier, category, 0).Packed);
        if (isAbc)
            _counts.Add(new CellKey(indicator, territory, metier, _abc, 0).Packed);
    }

    /// <summary>
    /// A characteristic of an episode: by category for all occupations, and for categories A, B, C
    /// together by domaine professionnel (rolled up to grand domaine and all; <paramref name="domaine"/>
    /// is -1 for D and E). Not by métier: a profile by métier multiplies the table by the number of
    /// métiers and is almost all secret below France.
    /// </summary>
    private void Profile(int indicator, int territory, int domaine, int category, int characteristic)
    {
        _counts.Add(new CellKey(indicator, territory, ActivityIndex.All, category, characteristic).Packed);
        if (domaine >= 0)
            _counts.Add(new CellKey(indicator, territory, domaine, _abc, characteristic).Packed);
    }
}
