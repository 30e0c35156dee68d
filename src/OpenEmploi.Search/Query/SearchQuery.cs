namespace OpenEmploi.Search.Query;

/// <summary>
/// One search over the live offers, already validated: every filter of the offers API
/// (offres-api-v2.md) with its meaning, independent of HTTP. Filters combine with AND; values
/// inside one list combine with OR; an empty list or null means "no filter".
/// </summary>
public sealed record SearchQuery
{
    /// <summary>motsCles: each keyword must match (AND), in title, ROME label, skills, … or description.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<string> CodesRome { get; init; } = [];

    /// <summary>appellation: one ROME appellation (OGR) code.</summary>
    public string? Appellation { get; init; }

    /// <summary>domaine: a domaine professionnel code such as "M18".</summary>
    public string? Domaine { get; init; }

    /// <summary>grandDomaine: A … N, or the sub-groups C15, L14, M13 … M18 (a grand domaine letter followed by domaine digits).</summary>
    public string? GrandDomaine { get; init; }

    /// <summary>
    /// theme: theme codes (referentiels/themes.csv); an offer matches when its domaine
    /// professionnel is one of any chosen theme's domaines. An unknown code matches nothing.
    /// </summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>secteurActivite: NAF divisions (2 digits).</summary>
    public IReadOnlyList<string> SecteursActivite { get; init; } = [];

    /// <summary>codeNAF: NAF sous-classes such as "56.10A".</summary>
    public IReadOnlyList<string> CodesNaf { get; init; } = [];

    /// <summary>experience: 0 not specified, 1 under a year, 2 one to three years, 3 over three years.</summary>
    public ExperienceBand? Experience { get; init; }

    /// <summary>experienceExigence: D beginner accepted, S wished, E required.</summary>
    public char? ExperienceExigence { get; init; }

    /// <summary>typeContrat OR natureContrat: an offer matches when either list matches.</summary>
    public IReadOnlyList<string> TypesContrat { get; init; } = [];

    /// <summary>natureContrat codes (E1, E2, FS, …).</summary>
    public IReadOnlyList<string> NaturesContrat { get; init; } = [];

    /// <summary>origineOffre: 1 the platform's own offers, 2 partner offers.</summary>
    public int? OrigineOffre { get; init; }

    /// <summary>partenaires: source codes, included or excluded according to <see cref="PartenairesExclus"/>.</summary>
    public IReadOnlyList<string> Partenaires { get; init; } = [];

    public bool PartenairesExclus { get; init; }

    /// <summary>qualification: 0 non-cadre (qualification codes 1–8), 9 cadre.</summary>
    public int? Qualification { get; init; }

    /// <summary>tempsPlein, and the older dureeHebdo (1 full time, 2 part time, 0 unspecified).</summary>
    public bool? TempsPlein { get; init; }

    public bool DureeHebdoNonPrecisee { get; init; }

    /// <summary>dureeHebdoMin/Max in minutes per week (the API sends HHMM).</summary>
    public int? DureeHebdoMinMinutes { get; init; }

    public int? DureeHebdoMaxMinutes { get; init; }

    /// <summary>dureeContratMin/Max in months (decimal, 0–99).</summary>
    public decimal? DureeContratMinMois { get; init; }

    public decimal? DureeContratMaxMois { get; init; }

    /// <summary>commune: INSEE codes; with <see cref="DistanceKm"/> a radius around each.</summary>
    public IReadOnlyList<string> Communes { get; init; } = [];

    /// <summary>distance in km around the communes; 0 is the commune alone. The API's default is 10.</summary>
    public double DistanceKm { get; init; } = 10;

    public IReadOnlyList<string> Departements { get; init; } = [];

    public bool InclureLimitrophes { get; init; }

    public string? Region { get; init; }

    /// <summary>
    /// paysContinent: a country code (pays.csv, "01" France) or a continent code (continents.csv).
    /// Offers are placed only in the French geography: France or Europe keeps the offers located
    /// in France, any other code (or an unknown one) matches nothing.
    /// </summary>
    public string? PaysContinent { get; init; }

    /// <summary>niveauFormation: a code of the education-level referential (NV5 CAP/BEP, NV4 bac, … NV1 bac+5).</summary>
    public string? NiveauFormation { get; init; }

    /// <summary>permis: a driving licence code (B, C, …).</summary>
    public string? Permis { get; init; }

    /// <summary>salaireMin with periodeSalaire: the offer's top of range, converted to the period, must reach it.</summary>
    public decimal? SalaireMin { get; init; }

    public SalaryPeriod PeriodeSalaire { get; init; } = SalaryPeriod.Mensuel;

    /// <summary>publieeDepuis: created at most this many days before the query's reference time.</summary>
    public int? PublieeDepuisJours { get; init; }

    public DateTime? MinCreationDate { get; init; }

    public DateTime? MaxCreationDate { get; init; }

    public bool? AccesTravailleurHandicape { get; init; }

    public bool? OffresManqueCandidats { get; init; }

    /// <summary>entreprisesAdaptees and employeursHandiEngages: when both are true they combine by OR.</summary>
    public bool? EntreprisesAdaptees { get; init; }

    public bool? EmployeursHandiEngages { get; init; }

    public bool? Alternance { get; init; }

    /// <summary>
    /// offresMRS (recruitment by simulation): the offer document has no such field, so no offer
    /// is an MRS offer; true matches nothing, false restricts nothing.
    /// </summary>
    public bool? OffresMrs { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Date;

    /// <summary>First result of the window, 0-based (range=p-d).</summary>
    public int Start { get; init; }

    /// <summary>Last result of the window, inclusive.</summary>
    public int End { get; init; } = 149;

    /// <summary>The facets to count over the whole result set.</summary>
    public IReadOnlyList<FacetKind> Facets { get; init; } = [];
}

public enum SearchSort
{
    /// <summary>sort=0: relevance, then distance, then creation date (newest first).</summary>
    Relevance = 0,

    /// <summary>sort=1: creation date (newest first), then relevance, then distance.</summary>
    Date = 1,

    /// <summary>sort=2: distance, then relevance, then creation date.</summary>
    Distance = 2,
}

public enum ExperienceBand
{
    NonPrecisee = 0,
    MoinsDunAn = 1,
    UnATroisAns = 2,
    PlusDeTroisAns = 3,
}

public enum SalaryPeriod
{
    Mensuel,
    Annuel,
    Horaire,
    Cachet,
}

/// <summary>The facets the API serves (first four, in this order) and those the portal shows.</summary>
public enum FacetKind
{
    TypeContrat,
    Experience,
    Qualification,
    NatureContrat,
    Departement,
    Region,
    CodeRome,
    Domaine,
    SecteurActivite,
    SalaryBand,
    TempsPlein,
    Alternance,
}
