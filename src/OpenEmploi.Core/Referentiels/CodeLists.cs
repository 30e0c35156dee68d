namespace OpenEmploi.Core.Referentiels;

/// <summary>The small code lists of the offers API and of Sirene.</summary>
public sealed class CodeLists
{
    private readonly Dictionary<string, CodeLibelle> _typesContrat;
    private readonly Dictionary<string, CodeLibelle> _naturesContrat;
    private readonly Dictionary<string, CodeLibelle> _permis;
    private readonly Dictionary<string, NiveauFormation> _niveauxFormation;
    private readonly Dictionary<string, Qualification> _qualifications;

    internal CodeLists(
        IReadOnlyList<CodeLibelle> typesContrat,
        IReadOnlyList<CodeLibelle> naturesContrat,
        IReadOnlyList<CodeLibelle> permis,
        IReadOnlyList<CodeLibelle> tranchesEffectif,
        IReadOnlyList<CodeLibelle> categoriesJuridiques,
        IReadOnlyList<NiveauFormation> niveauxFormation,
        IReadOnlyList<Qualification> qualifications)
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

    public CodeLibelle? TypeContrat(string code) => _typesContrat.GetValueOrDefault(code);

    public CodeLibelle? NatureContrat(string code) => _naturesContrat.GetValueOrDefault(code);

    public Qualification? Qualification(string code) => _qualifications.GetValueOrDefault(code);

    public NiveauFormation? NiveauFormation(string code) => _niveauxFormation.GetValueOrDefault(code);

    public CodeLibelle? PermisByCode(string code) => _permis.GetValueOrDefault(code);
}
