namespace OpenEmploi.Core.Referentiels;

/// <summary>Reads naf/ top-down, so that every entry's parent is checked against the level above.</summary>
internal static class NafLoader
{
    public static NafReferentiel Load(string directory)
    {
        var known = new Dictionary<string, NafEntry>(2_000, StringComparer.Ordinal);
        var sections = ReadLevel(directory, "naf/naf_sections.csv", NafLevel.Section, parentColumn: null, known);
        var divisions = ReadLevel(directory, "naf/naf_divisions.csv", NafLevel.Division, "code_section", known);
        var groupes = ReadLevel(directory, "naf/naf_groupes.csv", NafLevel.Groupe, "code_division", known);
        var classes = ReadLevel(directory, "naf/naf_classes.csv", NafLevel.Classe, "code_groupe", known);
        var sousClasses = ReadLevel(directory, "naf/naf_sous_classes.csv", NafLevel.SousClasse, "code_classe", known);
        return new NafReferentiel(sections, divisions, groupes, classes, sousClasses);
    }

    private static List<NafEntry> ReadLevel(
        string directory, string file, NafLevel level, string? parentColumn, Dictionary<string, NafEntry> known)
    {
        string[] columns = parentColumn is null ? ["code", "libelle"] : ["code", "libelle", parentColumn];
        return ReferenceCsv.Read(directory, file, columns, r =>
        {
            string? parent = null;
            if (parentColumn is not null)
            {
                parent = r.Required(2);
                if (!known.TryGetValue(parent, out var p) || p.Level != level - 1)
                    throw r.Fail($"code parent « {parent} » absent du niveau {level - 1}");
            }
            var entry = new NafEntry(r.Required(0), r.Required(1), level, parent);
            r.AddUnique(known, entry.Code, entry);
            return entry;
        });
    }
}
