namespace OpenEmploi.Core.Referentiels;

/// <summary>Reads referentiels/: seven small code lists.</summary>
internal static class CodeListsLoader
{
    public static CodeLists Load(string directory)
    {
        var niveaux = Read(directory, "referentiels/niveaux_formation.csv", ["code", "libelle", "ordre"],
            r => new NiveauFormation(r[0], r.Required(1), r.IntOrZero(2)));
        niveaux.Sort((a, b) => a.Ordre.CompareTo(b.Ordre));
        return new CodeLists(
            typesContrat: ReadCodeLibelle(directory, "referentiels/types_contrat.csv"),
            naturesContrat: ReadCodeLibelle(directory, "referentiels/natures_contrat.csv"),
            permis: ReadCodeLibelle(directory, "referentiels/permis.csv"),
            tranchesEffectif: ReadCodeLibelle(directory, "referentiels/tranches_effectif_sirene.csv"),
            categoriesJuridiques: ReadCodeLibelle(directory, "referentiels/categories_juridiques.csv"),
            niveauxFormation: niveaux,
            qualifications: Read(directory, "referentiels/qualifications.csv", ["code", "libelle", "cadre"],
                r => new Qualification(r[0], r.Required(1), r.Flag(2))));
    }

    private static List<CodeLibelle> ReadCodeLibelle(string directory, string file) =>
        Read(directory, file, ["code", "libelle"], r => new CodeLibelle(r[0], r.Required(1)));

    // Every list is keyed by its first column, which must be present and unique.
    private static List<T> Read<T>(string directory, string file, string[] columns, Func<ReferenceRow, T> map)
    {
        var codes = new Dictionary<string, bool>(StringComparer.Ordinal);
        return ReferenceCsv.Read(directory, file, columns, r =>
        {
            r.AddUnique(codes, r.Required(0), true);
            return map(r);
        });
    }
}
