using System.Text.RegularExpressions;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// Turns the query string of GET …/offres/search into a validated <see cref="SearchQuery"/>, or
/// the exact 400 message of the offers API (offres-api-v2.md). Singleton: the referentials are
/// looked up, never copied. Parameters are read in the order of the contract's table (range and
/// sort first); when several are wrong the first one in that order is reported. Unknown
/// parameters are ignored; an empty value is an absent parameter. docs/search.md lists the
/// decisions taken where the contract is silent.
/// </summary>
internal sealed partial class SearchParametersParser
{
    public const int MaxCodesRome = 200;
    public const int MaxCommunes = 5;
    public const int MaxDepartements = 5;
    public const int MaxSecteurs = 2;
    public const int MaxCodesNaf = 2;

    /// <summary>The facets the API returns, in its order.</summary>
    public static readonly IReadOnlyList<FacetKind> ApiFacets =
        [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat];

    // The accepted values of each enumerated parameter; the parser maps a value by its index.
    private static readonly string[] Sorts = ["0", "1", "2"];
    private static readonly string[] Experiences = ["0", "1", "2", "3"];
    private static readonly string[] Exigences = ["D", "E", "S"];
    private static readonly string[] Origines = ["1", "2"];
    private static readonly string[] Modes = ["INCLUS", "EXCLU"];
    private static readonly string[] Qualifications = ["0", "9"];
    private static readonly string[] DureesHebdo = ["0", "1", "2"];
    private static readonly string[] PublieeDepuis = ["1", "3", "7", "14", "31"];
    private static readonly string[] PeriodCodes = ["M", "A", "H", "C"];

    private static readonly string[] GrandsDomaines =
        ["A", "B", "C", "C15", "D", "E", "F", "G", "H", "I", "J", "K", "L", "L14", "M", "M13", "M14", "M15", "M16", "M17", "M18", "N"];

    private readonly Func<string, bool> _typeContrat;
    private readonly Func<string, bool> _natureContrat;
    private readonly Func<string, bool> _departement;
    private readonly Func<string, bool> _commune;
    private readonly Func<string, bool> _region;
    private readonly Func<string, bool> _metier;
    private readonly Func<string, bool> _appellation;
    private readonly Func<string, bool> _domaine;
    private readonly Func<string, bool> _division;
    private readonly Func<string, bool> _sousClasse;
    private readonly Func<string, bool> _niveauFormation;
    private readonly Func<string, bool> _permis;
    private readonly Func<string, bool> _theme;
    private readonly Func<string, bool> _paysContinent;

    public SearchParametersParser(ReferenceData data)
    {
        var listes = data.Listes;
        var geo = data.Geographie;
        _typeContrat = code => listes.TypeContrat(code) is not null;
        _natureContrat = code => listes.NatureContrat(code) is not null;
        _departement = code => geo.DepartementByCode(code) is not null;
        // Arrondissements of Paris, Lyon and Marseille are communes of the referential too.
        _commune = code => geo.CommuneByInsee(code) is not null;
        _region = code => geo.RegionByCode(code) is not null;
        _metier = code => data.Rome.MetierByCode(code) is not null;
        _appellation = code => data.Rome.AppellationByCode(code) is not null;
        _domaine = code => data.Rome.DomaineByCode(code) is not null;
        _division = code => data.Naf.ByCode(code)?.Level == NafLevel.Division;
        // NafReferentiel also resolves the Sirene spelling "6201Z"; the API wants "62.01Z".
        _sousClasse = code => NafCode().IsMatch(code) && data.Naf.ByCode(code)?.Level == NafLevel.SousClasse;
        _niveauFormation = code => listes.NiveauFormation(code) is not null;
        _permis = code => listes.PermisByCode(code) is not null;
        _theme = code => listes.Theme(code) is not null;
        _paysContinent = code => listes.PaysCoveredBy(code).Count > 0;
    }

    public ParsedSearch Parse(IQueryCollection query)
    {
        var r = new QueryReader(query);
        var (start, end) = RangeParameter.Read(r);
        var sort = r.Choice("sort", Sorts);
        var domaine = r.Code("domaine", _domaine);
        var codesRome = r.Codes("codeROME", MaxCodesRome, _metier);
        var appellation = r.Code("appellation", _appellation);
        var themes = r.Codes("theme", int.MaxValue, _theme);
        var secteurs = r.Codes("secteurActivite", MaxSecteurs, _division);
        var codesNaf = r.Codes("codeNAF", MaxCodesNaf, _sousClasse);
        var experience = r.Choice("experience", Experiences);
        var exigence = r.Choice("experienceExigence", Exigences, ParameterErrors.ExperienceExigenceFormat);
        var typesContrat = r.Codes("typeContrat", int.MaxValue, _typeContrat);
        var naturesContrat = r.Codes("natureContrat", int.MaxValue, _natureContrat);
        var origine = r.Choice("origineOffre", Origines);
        var partenaires = r.Codes("partenaires", QueryReader.MaxUncheckedItems, IsPartnerCode);
        var mode = r.Choice("modeSelectionPartenaires", Modes);
        var qualification = r.Choice("qualification", Qualifications);
        var tempsPlein = r.Boolean("tempsPlein");
        var dureeHebdo = ReadDureeHebdo(r);
        var hebdoMin = NumberParameters.WeeklyMinutes(r, "dureeHebdoMin");
        var hebdoMax = NumberParameters.WeeklyMinutes(r, "dureeHebdoMax");
        var contratMin = NumberParameters.ContractMonths(r, "dureeContratMin");
        var contratMax = NumberParameters.ContractMonths(r, "dureeContratMax");
        var communes = r.Codes("commune", MaxCommunes, _commune);
        var distance = NumberParameters.DistanceKm(r);
        var departements = r.Codes("departement", MaxDepartements, _departement);
        var limitrophes = r.Boolean("inclureLimitrophes");
        var region = r.Code("region", _region);
        var paysContinent = r.Code("paysContinent", _paysContinent);
        var niveauFormation = r.Code("niveauFormation", _niveauFormation);
        var permis = r.Code("permis", _permis);
        var keywords = KeywordsParameter.Read(r);
        var (salaire, periode) = ReadSalary(r);
        var publieeDepuis = r.Choice("publieeDepuis", PublieeDepuis);
        var minDate = NumberParameters.CreationDate(r, "minCreationDate");
        var maxDate = NumberParameters.CreationDate(r, "maxCreationDate");
        var handicape = r.Boolean("accesTravailleurHandicape");
        var mrs = r.Boolean("offresMRS");
        var manqueCandidats = r.Boolean("offresManqueCandidats");
        var adaptees = r.Boolean("entreprisesAdaptees");
        var handiEngages = r.Boolean("employeursHandiEngages");
        var alternance = r.Boolean("alternance");
        var grandDomaine = r.Choice("grandDomaine", GrandsDomaines, ParameterErrors.GrandDomaineFormat);
        if (r.Error is { } error)
            return ParsedSearch.Fail(error);

        return ParsedSearch.Ok(new SearchQuery
        {
            Start = start,
            End = end,
            // Relevance only means something with keywords (ours): date otherwise.
            Sort = sort is { } s ? (SearchSort)s : keywords.Count > 0 ? SearchSort.Relevance : SearchSort.Date,
            Keywords = keywords,
            Domaine = domaine,
            CodesRome = codesRome,
            Appellation = appellation,
            Themes = themes,
            SecteursActivite = secteurs,
            CodesNaf = codesNaf,
            Experience = (ExperienceBand?)experience,
            ExperienceExigence = exigence is { } e ? Exigences[e][0] : null,
            TypesContrat = typesContrat,
            NaturesContrat = naturesContrat,
            OrigineOffre = origine + 1,
            Partenaires = partenaires,
            // Partners without a mode are included (ours); a mode without partners changes nothing.
            PartenairesExclus = mode == 1,
            Qualification = qualification is { } q ? (q == 0 ? 0 : 9) : null,
            // tempsPlein is the newer spelling of dureeHebdo 1/2: when both are given it wins and
            // dureeHebdo is only validated (ours).
            TempsPlein = tempsPlein ?? dureeHebdo switch { 1 => true, 2 => false, _ => null },
            DureeHebdoNonPrecisee = tempsPlein is null && dureeHebdo == 0,
            DureeHebdoMinMinutes = hebdoMin,
            DureeHebdoMaxMinutes = hebdoMax,
            DureeContratMinMois = contratMin,
            DureeContratMaxMois = contratMax,
            Communes = communes,
            DistanceKm = distance ?? 10,
            Departements = departements,
            InclureLimitrophes = limitrophes ?? false,
            Region = region,
            PaysContinent = paysContinent,
            NiveauFormation = niveauFormation,
            Permis = permis,
            SalaireMin = salaire,
            PeriodeSalaire = periode,
            PublieeDepuisJours = publieeDepuis is { } p ? PublieeDepuisDays[p] : null,
            MinCreationDate = minDate,
            MaxCreationDate = maxDate,
            AccesTravailleurHandicape = handicape,
            OffresMrs = mrs,
            OffresManqueCandidats = manqueCandidats,
            EntreprisesAdaptees = adaptees,
            EmployeursHandiEngages = handiEngages,
            Alternance = alternance,
            GrandDomaine = grandDomaine is { } g ? GrandsDomaines[g] : null,
            Facets = ApiFacets,
        });
    }

    private static readonly int[] PublieeDepuisDays = [1, 3, 7, 14, 31];

    private static readonly SalaryPeriod[] Periods = [SalaryPeriod.Mensuel, SalaryPeriod.Annuel, SalaryPeriod.Horaire, SalaryPeriod.Cachet];

    // Some clients send "dureeHebdo " (a trailing space in the name): both spellings are read.
    private static int? ReadDureeHebdo(QueryReader r) =>
        r.Value("dureeHebdo") is not null ? r.Choice("dureeHebdo", DureesHebdo)
        : r.Value("dureeHebdo ") is not null ? r.Choice("dureeHebdo ", DureesHebdo, ParameterErrors.ValeurIncorrecte("dureeHebdo"))
        : null;

    /// <summary>
    /// salaireMin and periodeSalaire each require the other; the message names the one missing
    /// (ours), so that the client learns what to add.
    /// </summary>
    private static (decimal? Amount, SalaryPeriod Period) ReadSalary(QueryReader r)
    {
        var amount = NumberParameters.Salary(r);
        var period = r.Choice("periodeSalaire", PeriodCodes);
        if (amount is not null && period is null && r.Value("periodeSalaire") is null)
            r.Fail(ParameterErrors.ValeurIncorrecte("periodeSalaire"));
        if (period is not null && amount is null && r.Value("salaireMin") is null)
            r.Fail(ParameterErrors.ValeurIncorrecte("salaireMin"));
        return (amount, period is { } p ? Periods[p] : SalaryPeriod.Mensuel);
    }

    // Partner codes come from the store: any code of letters, digits and underscores.
    private static bool IsPartnerCode(string code) => PartnerCode().IsMatch(code);

    [GeneratedRegex("^[A-Za-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerCode();

    [GeneratedRegex("^[0-9]{2}\\.[0-9]{2}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex NafCode();
}
