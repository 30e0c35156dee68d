using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Sql;
using static OpenEmploi.Storage.Statistics.InputColumnType;

namespace OpenEmploi.Storage.Statistics;

/// <summary>The six input tables of schema 13, with their row mappings.</summary>
internal static class InputTables
{
    /// <summary>
    /// The input tables' secondary indexes, as migration 13 creates them (same names, same columns,
    /// same SQL on both providers). A generated load drops them first and builds them at its end:
    /// one sort each instead of an index entry placed at random for every row
    /// (<see cref="SqlStatisticsInputStore.ReplaceAllAsync"/>). Keep in step with the migration:
    /// a test compares the indexes of a base after a load with those of a newly migrated one.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Create)> SecondaryIndexes =
    [
        ("stat_hires_month", "CREATE INDEX IF NOT EXISTS stat_hires_month ON stat_hires (month)"),
        ("stat_registered_offers_day", "CREATE INDEX IF NOT EXISTS stat_registered_offers_day ON stat_registered_offers (registered_on, offer_id)"),
    ];

    public static readonly InputTable<JobSeekerEpisode> Episodes = new(
        "stat_job_seekers",
        [
            new("id", BigInt), new("category", SmallInt), new("sex", SmallInt), new("birth_month", Day), new("education", Text),
            new("qualification", Text), new("experience", SmallInt), new("family", SmallInt), new("rome", Text), new("commune", Text),
            new("registered_on", Day), new("exited_on", Day), new("exit_reason", SmallInt),
        ],
        static (e, v) =>
        {
            v[0] = e.Id;
            v[1] = (short)e.Category;
            v[2] = (short)e.Sex;
            v[3] = e.BirthMonth;
            v[4] = e.EducationLevel;
            v[5] = e.Qualification;
            v[6] = (short)e.Experience;
            v[7] = (short)e.FamilySituation;
            v[8] = e.RomeSought;
            v[9] = e.Commune;
            v[10] = e.RegisteredOn;
            v[11] = e.ExitedOn;
            v[12] = e.ExitReason is { } reason ? (short)reason : null;
        },
        static (r, d) => new JobSeekerEpisode(
            r.GetInt64(0),
            (JobSeekerCategory)r.GetInt16(1),
            (Sex)r.GetInt16(2),
            d.ReadDay(r, 3),
            r.GetString(4),
            r.GetString(5),
            (ExperienceBand)r.GetInt16(6),
            (FamilySituation)r.GetInt16(7),
            r.GetNullableString(8),
            r.GetString(9),
            d.ReadDay(r, 10),
            r.IsDBNull(11) ? null : d.ReadDay(r, 11),
            r.IsDBNull(12) ? null : (ExitReason)r.GetInt16(12)));

    public static readonly InputTable<Establishment> Establishments = new(
        "stat_establishments",
        [
            new("siret", Text), new("name", Text), new("sign", Text), new("naf", Text), new("headcount_band", Text),
            new("commune", Text), new("latitude", Real), new("longitude", Real), new("partial_diffusion", Bool),
            new("created_on", Day), new("closed_on", Day),
        ],
        static (e, v) =>
        {
            v[0] = e.Siret;
            v[1] = e.Name;
            v[2] = e.Sign;
            v[3] = e.Naf;
            v[4] = e.HeadcountBand;
            v[5] = e.Commune;
            v[6] = e.Latitude;
            v[7] = e.Longitude;
            v[8] = e.PartialDiffusion;
            v[9] = e.CreatedOn;
            v[10] = e.ClosedOn;
        },
        static (r, d) => new Establishment(
            r.GetString(0),
            r.GetString(1),
            r.GetNullableString(2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            r.IsDBNull(6) ? null : r.GetDouble(6),
            r.IsDBNull(7) ? null : r.GetDouble(7),
            r.GetBoolean(8),
            d.ReadDay(r, 9),
            r.IsDBNull(10) ? null : d.ReadDay(r, 10)));

    public static readonly InputTable<EstablishmentHeadcount> Headcounts = new(
        "stat_headcounts",
        [new("siret", Text), new("year", Integer), new("employees", Integer)],
        static (h, v) =>
        {
            v[0] = h.Siret;
            v[1] = h.Year;
            v[2] = h.Employees;
        },
        static (r, _) => new EstablishmentHeadcount(r.GetString(0), r.GetInt32(1), r.GetInt32(2)));

    // An unknown ROME is stored as '' (part of the key, which cannot be null) and read back as null;
    // '' sorts before every code, as null does in the in-memory reader's ordinal order.
    public static readonly InputTable<MonthlyHires> Hires = new(
        "stat_hires",
        [new("siret", Text), new("month", Day), new("contract", SmallInt), new("rome", Text), new("hires", Integer)],
        static (h, v) =>
        {
            v[0] = h.Siret;
            v[1] = h.Month;
            v[2] = (short)h.Contract;
            v[3] = h.Rome ?? "";
            v[4] = h.Count;
        },
        static (r, d) => new MonthlyHires(
            r.GetString(0), d.ReadDay(r, 1), (HireContract)r.GetInt16(2), r.GetString(3) is { Length: > 0 } rome ? rome : null, r.GetInt32(4)));

    public static readonly InputTable<RecruitmentProjects> Projects = new(
        "stat_recruitment_projects",
        [new("year", Integer), new("zone_emploi", Text), new("rome", Text), new("projects", Integer), new("difficult", Integer), new("seasonal", Integer)],
        static (p, v) =>
        {
            v[0] = p.Year;
            v[1] = p.ZoneEmploi;
            v[2] = p.Rome;
            v[3] = p.Projects;
            v[4] = p.Difficult;
            v[5] = p.Seasonal;
        },
        static (r, _) => new RecruitmentProjects(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)));

    public static readonly InputTable<RegisteredOffer> Offers = OffersWritten(collected: false);

    /// <summary>Registered offers, written with their <c>collected</c> flag (the readers ignore it).</summary>
    public static InputTable<RegisteredOffer> OffersWritten(bool collected) => new(
        "stat_registered_offers",
        [
            new("offer_id", Text), new("registered_on", Day), new("rome", Text), new("naf", Text), new("commune", Text),
            new("departement", Text), new("contract", Text), new("durable", Bool), new("full_time", Bool), new("origin", SmallInt),
            new("collected", Bool),
        ],
        (o, v) =>
        {
            v[0] = o.OfferId;
            v[1] = o.RegisteredOn;
            v[2] = o.Rome;
            v[3] = o.Naf;
            v[4] = o.Commune;
            v[5] = o.Departement;
            v[6] = o.Contract;
            v[7] = o.Durable;
            v[8] = o.FullTime;
            v[9] = (short)o.Origin;
            v[10] = collected;
        },
        static (r, d) => new RegisteredOffer(
            r.GetString(0),
            d.ReadDay(r, 1),
            r.GetNullableString(2),
            r.GetNullableString(3),
            r.GetNullableString(4),
            r.GetNullableString(5),
            r.GetString(6),
            r.GetBoolean(7),
            r.GetBoolean(8),
            (OfferOrigin)r.GetInt16(9)));
}
