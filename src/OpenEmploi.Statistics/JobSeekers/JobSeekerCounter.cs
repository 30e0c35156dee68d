using System.Globalization;
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
internal sealed class JobSeekerCounter(StatisticsContext context, CellTable table, StatPeriod quarter)
{
    public const string Categories = "CATCAND";

    private readonly int _stock = context.Codes.Indicator(Indicators.JobSeekers);
    private readonly int _entries = context.Codes.Indicator(Indicators.Entries);
    private readonly int _exits = context.Codes.Indicator(Indicators.Exits);
    private readonly int _atStart = context.Codes.Indicator(Indicators.JobSeekersAtStart);
    private readonly int _abc = context.Codes.Nomenclature(Categories, "ABC");
    private readonly int[] _categories =
    [
        -1,
        context.Codes.Nomenclature(Categories, "A", "ABC"),
        context.Codes.Nomenclature(Categories, "B", "ABC"),
        context.Codes.Nomenclature(Categories, "C", "ABC"),
        context.Codes.Nomenclature(Categories, "D"),
        context.Codes.Nomenclature(Categories, "E"),
    ];

    public long Episodes { get; private set; }

    public void Add(JobSeekerEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        Episodes++;
        var territory = context.Territories.Place(episode.Commune, null);
        var metier = context.Activities.Metier(episode.RomeSought);
        var category = _categories[(int)episode.Category];
        var isAbc = episode.Category is JobSeekerCategory.A or JobSeekerCategory.B or JobSeekerCategory.C;
        var start = quarter.Start.AddDays(-1);
        var end = quarter.End;
        if (RegisteredAt(episode, start) && isAbc)
            table.Add(new CellKey(_atStart, territory, metier, _abc, 0), 1);
        if (RegisteredAt(episode, end))
        {
            Count(_stock, territory, metier, category, isAbc);
            var codes = context.Codes;
            Profile(_stock, territory, metier, category, isAbc, codes.Characteristic("SEXE", SexCode(episode.Sex)));
            Profile(_stock, territory, metier, category, isAbc, codes.Characteristic("AGE", AgeBand(episode.BirthMonth, end)));
            Profile(_stock, territory, metier, category, isAbc, codes.Characteristic("NIVFORM", episode.EducationLevel));
            Profile(_stock, territory, metier, category, isAbc, codes.Characteristic("QUALIF", episode.Qualification));
            Profile(_stock, territory, metier, category, isAbc,
                codes.Characteristic("EXPERIENCE", ExperienceCode(episode.Experience)));
            Profile(_stock, territory, metier, category, isAbc, codes.Characteristic("ANCIENNETE", Seniority(episode.RegisteredOn, end)));
            Profile(_stock, territory, metier, category, isAbc,
                codes.Characteristic("SITFAM", FamilyCode(episode.FamilySituation)));
        }
        if (episode.RegisteredOn >= quarter.Start && episode.RegisteredOn <= end)
        {
            Count(_entries, territory, metier, category, isAbc);
            Profile(_entries, territory, metier, category, isAbc, context.Codes.Characteristic("SEXE", SexCode(episode.Sex)));
            Profile(_entries, territory, metier, category, isAbc, context.Codes.Characteristic("AGE", AgeBand(episode.BirthMonth, episode.RegisteredOn)));
        }
        if (episode.ExitedOn is { } exited && exited >= quarter.Start && exited <= end)
        {
            Count(_exits, territory, metier, category, isAbc);
            var reason = episode.ExitReason is { } r ? ((int)r).ToString(CultureInfo.InvariantCulture) : "0";
            Profile(_exits, territory, metier, category, isAbc, context.Codes.Characteristic("MOTIF", reason));
        }
    }

    /// <summary>Registered at the end of <paramref name="day"/>: an episode exited that day no longer is.</summary>
    public static bool RegisteredAt(JobSeekerEpisode episode, DateOnly day) =>
        episode.RegisteredOn <= day && (episode.ExitedOn is null || episode.ExitedOn > day);

    public static string SexCode(Sex sex) => sex == Sex.Female ? "F" : "H";

    /// <summary>Age bands of the specification: under 25, 25 to 49, 50 and over (age at <paramref name="on"/>).</summary>
    public static string AgeBand(DateOnly birthMonth, DateOnly on)
    {
        var age = on.Year - birthMonth.Year - (on.Month < birthMonth.Month ? 1 : 0);
        return age < 25 ? "MOINS25" : age < 50 ? "25A49" : "50ETPLUS";
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
    public static string Seniority(DateOnly registeredOn, DateOnly on) =>
        registeredOn > on.AddYears(-1) ? "MOINS1AN" : registeredOn > on.AddYears(-2) ? "1A2ANS" : "2ANSETPLUS";

    private void Count(int indicator, int territory, int metier, int category, bool isAbc)
    {
        table.Add(new CellKey(indicator, territory, metier, category, 0), 1);
        if (isAbc)
            table.Add(new CellKey(indicator, territory, metier, _abc, 0), 1);
    }

    /// <summary>
    /// A characteristic of an episode: by category for all occupations, and for categories A, B, C
    /// together by domaine professionnel (rolled up to grand domaine and all). Not by métier: a
    /// profile by métier multiplies the table by the number of métiers and is almost all secret
    /// below France.
    /// </summary>
    private void Profile(int indicator, int territory, int metier, int category, bool isAbc, int characteristic)
    {
        table.Add(new CellKey(indicator, territory, ActivityIndex.All, category, characteristic), 1);
        if (isAbc)
        {
            var domaine = metier == context.Activities.UnknownMetier ? metier : context.Activities.AncestorsOf(metier)[0];
            table.Add(new CellKey(indicator, territory, domaine, _abc, characteristic), 1);
        }
    }
}
