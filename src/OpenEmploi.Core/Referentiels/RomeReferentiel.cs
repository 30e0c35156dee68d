namespace OpenEmploi.Core.Referentiels;

/// <summary>ROME 4.0: grands domaines → domaines professionnels → métiers → appellations, and the compétences.</summary>
public sealed class RomeReferentiel
{
    private readonly Dictionary<string, GrandDomaine> _grandsDomaines;
    private readonly Dictionary<string, DomaineProfessionnel> _domaines;
    private readonly Dictionary<string, Metier> _metiers;
    private readonly Dictionary<string, Appellation> _appellations;
    private readonly Dictionary<string, Appellation[]> _appellationsByRome;
    private readonly Dictionary<string, CompetenceRome> _competences;

    internal RomeReferentiel(
        IReadOnlyList<GrandDomaine> grandsDomaines,
        IReadOnlyList<DomaineProfessionnel> domaines,
        IReadOnlyList<Metier> metiers,
        IReadOnlyList<Appellation> appellations,
        IReadOnlyList<CompetenceRome> competences)
    {
        GrandsDomaines = grandsDomaines;
        Domaines = domaines;
        Metiers = metiers;
        Appellations = appellations;
        Competences = competences;
        _grandsDomaines = grandsDomaines.ToDictionary(g => g.Code, StringComparer.Ordinal);
        _domaines = domaines.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _metiers = metiers.ToDictionary(m => m.CodeRome, StringComparer.Ordinal);
        _appellations = appellations.ToDictionary(a => a.Code, StringComparer.Ordinal);
        // The main title first, then the synonyms in code order.
        _appellationsByRome = appellations
            .GroupBy(a => a.CodeRome, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(a => a.Principale).ThenBy(a => a.Code, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        _competences = competences.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<GrandDomaine> GrandsDomaines { get; }

    public IReadOnlyList<DomaineProfessionnel> Domaines { get; }

    public IReadOnlyList<Metier> Metiers { get; }

    public IReadOnlyList<Appellation> Appellations { get; }

    public IReadOnlyList<CompetenceRome> Competences { get; }

    public Metier? MetierByCode(string codeRome) => _metiers.GetValueOrDefault(codeRome);

    public DomaineProfessionnel? DomaineByCode(string code) => _domaines.GetValueOrDefault(code);

    public GrandDomaine? GrandDomaineByCode(string code) => _grandsDomaines.GetValueOrDefault(code);

    public Appellation? AppellationByCode(string code) => _appellations.GetValueOrDefault(code);

    /// <summary>The appellations of a métier, its main title first.</summary>
    public IReadOnlyList<Appellation> AppellationsOf(string codeRome) =>
        _appellationsByRome.GetValueOrDefault(codeRome) ?? [];

    public Appellation? PrincipalAppellationOf(string codeRome) =>
        _appellationsByRome.TryGetValue(codeRome, out var list) && list[0].Principale ? list[0] : null;

    public DomaineProfessionnel? DomaineOf(string codeRome) =>
        _metiers.TryGetValue(codeRome, out var m) ? _domaines.GetValueOrDefault(m.CodeDomaine) : null;

    public GrandDomaine? GrandDomaineOf(string codeRome) =>
        _metiers.TryGetValue(codeRome, out var m) ? _grandsDomaines.GetValueOrDefault(m.CodeGrandDomaine) : null;

    public CompetenceRome? CompetenceByCode(string code) => _competences.GetValueOrDefault(code);
}
