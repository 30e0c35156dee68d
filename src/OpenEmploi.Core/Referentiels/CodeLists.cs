namespace OpenEmploi.Core.Referentiels;

/// <summary>The small code lists of the offers API and of Sirene.</summary>
public sealed class CodeLists
{
    /// <summary>France in pays.csv: clients hard-code paysContinent=01.</summary>
    public const string CodePaysFrance = "01";

    private readonly Dictionary<string, CodeLibelle> _typesContrat;
    private readonly Dictionary<string, CodeLibelle> _naturesContrat;
    private readonly Dictionary<string, CodeLibelle> _permis;
    private readonly Dictionary<string, NiveauFormation> _niveauxFormation;
    private readonly Dictionary<string, Qualification> _qualifications;
    private readonly Dictionary<string, Theme> _themes;
    private readonly Dictionary<string, CodeLibelle> _langues;
    private readonly Dictionary<string, Pays[]> _paysCovered;

    internal CodeLists(
        IReadOnlyList<CodeLibelle> typesContrat,
        IReadOnlyList<CodeLibelle> naturesContrat,
        IReadOnlyList<CodeLibelle> permis,
        IReadOnlyList<CodeLibelle> tranchesEffectif,
        IReadOnlyList<CodeLibelle> categoriesJuridiques,
        IReadOnlyList<NiveauFormation> niveauxFormation,
        IReadOnlyList<Qualification> qualifications,
        TeamLists team)
    {
        TypesContrat = typesContrat;
        NaturesContrat = naturesContrat;
        Permis = permis;
        TranchesEffectif = tranchesEffectif;
        CategoriesJuridiques = categoriesJuridiques;
        NiveauxFormation = niveauxFormation;
        Qualifications = qualifications;
        _typesContrat = typesContrat.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _naturesContrat = naturesContrat.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _permis = permis.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _niveauxFormation = niveauxFormation.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _qualifications = qualifications.ToDictionary(e => e.Code, StringComparer.Ordinal);
        Themes = team.Themes;
        ThemeLines = team.ThemeLines;
        Langues = team.Langues;
        Pays = team.Pays;
        Continents = team.Continents;
        _themes = team.Themes.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _langues = team.Langues.ToDictionary(e => e.Code, StringComparer.Ordinal);
        // Country and continent codes never collide (the loader checks it): one table answers both.
        _paysCovered = team.Pays.ToDictionary(p => p.Code, p => new[] { p }, StringComparer.Ordinal);
        foreach (var continent in team.Continents)
            _paysCovered.Add(continent.Code, [.. team.Pays.Where(p => p.CodeContinent == continent.Code)]);
    }

    public IReadOnlyList<CodeLibelle> TypesContrat { get; }

    public IReadOnlyList<CodeLibelle> NaturesContrat { get; }

    public IReadOnlyList<CodeLibelle> Permis { get; }

    /// <summary>Sirene workforce bands ("NN", "00" … "53").</summary>
    public IReadOnlyList<CodeLibelle> TranchesEffectif { get; }

    /// <summary>INSEE catégories juridiques, level III (4 digits).</summary>
    public IReadOnlyList<CodeLibelle> CategoriesJuridiques { get; }

    /// <summary>Education levels, lowest first.</summary>
    public IReadOnlyList<NiveauFormation> NiveauxFormation { get; }

    public IReadOnlyList<Qualification> Qualifications { get; }

    /// <summary>Themes of the offers API (ours), each a set of ROME domaines professionnels.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>Languages an offer may require (ours; ISO 639-1 codes in capitals).</summary>
    public IReadOnlyList<CodeLibelle> Langues { get; }

    /// <summary>Countries of the paysContinent parameter (ours), France first.</summary>
    public IReadOnlyList<Pays> Pays { get; }

    /// <summary>Continents of the paysContinent parameter (ours; letter codes, never a country code).</summary>
    public IReadOnlyList<CodeLibelle> Continents { get; }

    // Line of each theme in themes.csv, so that a dangling domaine found after ROME has loaded
    // is still reported as file:line.
    internal IReadOnlyList<int> ThemeLines { get; }

    public CodeLibelle? TypeContrat(string code) => _typesContrat.GetValueOrDefault(code);

    public CodeLibelle? NatureContrat(string code) => _naturesContrat.GetValueOrDefault(code);

    public Qualification? Qualification(string code) => _qualifications.GetValueOrDefault(code);

    public NiveauFormation? NiveauFormation(string code) => _niveauxFormation.GetValueOrDefault(code);

    public CodeLibelle? PermisByCode(string code) => _permis.GetValueOrDefault(code);

    public Theme? Theme(string code) => _themes.GetValueOrDefault(code);

    public CodeLibelle? Langue(string code) => _langues.GetValueOrDefault(code);

    /// <summary>
    /// The countries a paysContinent code stands for: the country itself, or every country of
    /// the continent; empty for an unknown code.
    /// </summary>
    public IReadOnlyList<Pays> PaysCoveredBy(string paysOrContinent) =>
        _paysCovered.GetValueOrDefault(paysOrContinent) ?? [];
}

/// <summary>The lists written by the OpenEmploi team (themes, languages, countries, continents), as read.</summary>
internal sealed record TeamLists(
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<int> ThemeLines,
    IReadOnlyList<CodeLibelle> Langues,
    IReadOnlyList<Pays> Pays,
    IReadOnlyList<CodeLibelle> Continents);
