namespace OpenEmploi.Core.Statistics;

// The statistical inputs (labour-market-statistics.md, "Sources"). One shape whether the rows were
// generated at national scale or imported from real open-data files; every field is what the
// indicators, the disclosure control and the company finder need, nothing identifying a person.

/// <summary>Job-seeker category of the register (A: no work and looking; B: ≤ 78 h in the month;
/// C: more; D: not immediately available, e.g. training; E: employed, e.g. subsidised contract).</summary>
public enum JobSeekerCategory : byte
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
}

public enum Sex : byte
{
    Female = 1,
    Male = 2,
}

/// <summary>Experience in the occupation sought, as the register's bands.</summary>
public enum ExperienceBand : byte
{
    None = 1,
    LessThanOneYear = 2,
    OneToTwoYears = 3,
    ThreeToFiveYears = 4,
    MoreThanFiveYears = 5,
}

public enum FamilySituation : byte
{
    SingleWithoutChildren = 1,
    SingleWithChildren = 2,
    CoupleWithoutChildren = 3,
    CoupleWithChildren = 4,
}

/// <summary>Why an episode ended, as the register's main exit reasons.</summary>
public enum ExitReason : byte
{
    JobFound = 1,
    Training = 2,
    NoRenewal = 3,
    Cancelled = 4,
    Other = 5,
}

/// <summary>
/// One registration episode of the job-seeker register, from registration to exit (null while
/// registered). <see cref="BirthMonth"/> is the first day of the birth month: ages are computed at
/// each period's end. Codes: education level from <c>niveaux_formation.csv</c>, qualification from
/// <c>qualifications.csv</c>, ROME métier code, commune INSEE code of residence.
/// </summary>
public sealed record JobSeekerEpisode(
    long Id,
    JobSeekerCategory Category,
    Sex Sex,
    DateOnly BirthMonth,
    string EducationLevel,
    string Qualification,
    ExperienceBand Experience,
    FamilySituation FamilySituation,
    string? RomeSought,
    string Commune,
    DateOnly RegisteredOn,
    DateOnly? ExitedOn,
    ExitReason? ExitReason);

/// <summary>
/// An establishment as SIRENE describes it. <see cref="HeadcountBand"/> is SIRENE's
/// <c>trancheEffectifsEtablissement</c> code (<c>tranches_effectif_sirene.csv</c>);
/// <see cref="PartialDiffusion"/> marks an establishment whose identity and address must never be
/// shown (SIRENE <c>statutDiffusion</c> = P). <see cref="ClosedOn"/> is null while it is active.
/// </summary>
public sealed record Establishment(
    string Siret,
    string Name,
    string? Sign,
    string Naf,
    string HeadcountBand,
    string Commune,
    double? Latitude,
    double? Longitude,
    bool PartialDiffusion,
    DateOnly CreatedOn,
    DateOnly? ClosedOn);

/// <summary>Salaried employees of an establishment at the end of a year (URSSAF-like).</summary>
public sealed record EstablishmentHeadcount(string Siret, int Year, int Employees);

/// <summary>The DPAE contract kinds that statistics and the company finder tell apart.</summary>
public enum HireContract : byte
{
    Cdi = 1,
    /// <summary>CDD of more than one month.</summary>
    CddOverOneMonth = 2,
    /// <summary>CDD of one month or less (including interim missions).</summary>
    CddUpToOneMonth = 3,
}

/// <summary>
/// Hires of one establishment in one month for one contract kind and, when known, the ROME of the
/// people hired (<see cref="Rome"/> null: unknown). <see cref="Month"/> is the month's first day.
/// </summary>
public sealed record MonthlyHires(string Siret, DateOnly Month, HireContract Contract, string? Rome, int Count);

/// <summary>
/// One line of the annual recruitment-projects survey (BMO-like): projects for a ROME métier in a
/// zone d'emploi, with how many the employers judged difficult and how many are seasonal.
/// </summary>
public sealed record RecruitmentProjects(int Year, string ZoneEmploi, string Rome, int Projects, int Difficult, int Seasonal);

/// <summary>Where a registered offer came from, as the statistics' ORIGINEOFF nomenclature.</summary>
public enum OfferOrigin : byte
{
    /// <summary>Posted by the employer on the platform.</summary>
    Employer = 1,
    /// <summary>Collected from a partner job board.</summary>
    Partner = 2,
}

/// <summary>
/// One offer registered in the base, reduced to what statistics count (no employer, no text): kept
/// after the offer itself is deleted, so past quarters stay computable. <see cref="Durable"/>: CDI
/// or CDD over six months; <see cref="Contract"/> the offers API's <c>typeContrat</c> code.
/// </summary>
public sealed record RegisteredOffer(
    string OfferId,
    DateOnly RegisteredOn,
    string? Rome,
    string? Naf,
    string? Commune,
    string? Departement,
    string Contract,
    bool Durable,
    bool FullTime,
    OfferOrigin Origin);
