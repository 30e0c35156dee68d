namespace OpenEmploi.Core.Referentiels;

/// <summary>NAF rév. 2 at its five levels, with parent and children links.</summary>
public sealed class NafReferentiel
{
    private readonly Dictionary<string, NafEntry> _byCode;
    private readonly Dictionary<string, NafEntry[]> _children;

    internal NafReferentiel(
        IReadOnlyList<NafEntry> sections,
        IReadOnlyList<NafEntry> divisions,
        IReadOnlyList<NafEntry> groupes,
        IReadOnlyList<NafEntry> classes,
        IReadOnlyList<NafEntry> sousClasses)
    {
        Sections = sections;
        Divisions = divisions;
        Groupes = groupes;
        Classes = classes;
        SousClasses = sousClasses;

        IEnumerable<NafEntry> all = [.. sections, .. divisions, .. groupes, .. classes, .. sousClasses];
        var byCode = all.ToDictionary(e => e.Code, StringComparer.Ordinal);
        // Sirene writes sous-classes without the dot ("6201Z"); both spellings resolve.
        foreach (var e in sousClasses)
            byCode.TryAdd(e.Code.Replace(".", "", StringComparison.Ordinal), e);
        _byCode = byCode.ToDictionary(StringComparer.Ordinal);
        _children = all
            .Where(e => e.ParentCode is not null)
            .GroupBy(e => e.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<NafEntry> Sections { get; }

    public IReadOnlyList<NafEntry> Divisions { get; }

    public IReadOnlyList<NafEntry> Groupes { get; }

    public IReadOnlyList<NafEntry> Classes { get; }

    public IReadOnlyList<NafEntry> SousClasses { get; }

    /// <summary>An entry at any level ("J", "62", "62.0", "62.01", "62.01Z"), or a sous-classe in Sirene form ("6201Z").</summary>
    public NafEntry? ByCode(string code) => _byCode.GetValueOrDefault(code);

    public NafEntry? Parent(NafEntry e) => e.ParentCode is { } parent ? _byCode.GetValueOrDefault(parent) : null;

    /// <summary>The entry itself or its ancestor at <paramref name="level"/>; null when the code is unknown or above that level.</summary>
    public NafEntry? AncestorAt(string code, NafLevel level)
    {
        var e = ByCode(code);
        while (e is not null && e.Level > level)
            e = Parent(e);
        return e?.Level == level ? e : null;
    }

    public IReadOnlyList<NafEntry> ChildrenOf(string code) =>
        ByCode(code) is { } e ? _children.GetValueOrDefault(e.Code) ?? [] : [];
}
