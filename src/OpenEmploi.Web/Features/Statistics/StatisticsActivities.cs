using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>An occupation or sector an indicator may be restricted to (the API's <c>codeTypeActivite</c>, <c>codeActivite</c>).</summary>
public sealed record StatisticsActivity(string Type, string Code, string Label);

/// <summary>
/// The activity types of the statistics: CUMUL (all occupations and sectors, code CUMUL), ROME
/// métiers, DOMAINE (domaines professionnels), GRAND_DOMAINE and NAF (every level of NAF rév. 2,
/// from sections to sub-classes), labelled from the reference data.
/// </summary>
public sealed class StatisticsActivities(ReferenceData data)
{
    public const string Cumul = "CUMUL";
    public const string Rome = "ROME";
    public const string Domaine = "DOMAINE";
    public const string GrandDomaine = "GRAND_DOMAINE";
    public const string Naf = "NAF";

    public static IReadOnlyList<string> Types { get; } = [Cumul, Rome, Domaine, GrandDomaine, Naf];

    public static StatisticsActivity All { get; } = new(Cumul, Cumul, "Tous métiers et secteurs");

    /// <summary>The canonical type (upper case) when known, else null.</summary>
    public static string? ParseType(string? type) =>
        Types.FirstOrDefault(t => string.Equals(t, type?.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<StatisticsActivity> OfType(string type) => type switch
    {
        Cumul => [All],
        Rome => [.. data.Rome.Metiers.Select(m => new StatisticsActivity(Rome, m.CodeRome, m.Libelle))],
        Domaine => [.. data.Rome.Domaines.Select(d => new StatisticsActivity(Domaine, d.Code, d.Libelle))],
        GrandDomaine => [.. data.Rome.GrandsDomaines.Select(g => new StatisticsActivity(GrandDomaine, g.Code, g.Libelle))],
        Naf => [.. new[] { data.Naf.Sections, data.Naf.Divisions, data.Naf.Groupes, data.Naf.Classes, data.Naf.SousClasses }
            .SelectMany(level => level).Select(n => new StatisticsActivity(Naf, n.Code, n.Libelle))],
        _ => [],
    };

    public StatisticsActivity? Find(string type, string code) => type switch
    {
        Cumul => code == Cumul ? All : null,
        Rome => data.Rome.MetierByCode(code) is { } m ? new(Rome, m.CodeRome, m.Libelle) : null,
        Domaine => data.Rome.DomaineByCode(code) is { } d ? new(Domaine, d.Code, d.Libelle) : null,
        GrandDomaine => data.Rome.GrandDomaineByCode(code) is { } g ? new(GrandDomaine, g.Code, g.Libelle) : null,
        Naf => data.Naf.ByCode(code) is { } n ? new(Naf, n.Code, n.Libelle) : null,
        _ => null,
    };

    /// <summary>The label of a published cell's activity; its code when the referential no longer has it.</summary>
    public string LabelOf(string type, string code) => Find(type, code)?.Label ?? code;
}
