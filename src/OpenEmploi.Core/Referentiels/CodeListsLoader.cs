namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// Reads referentiels/: seven small code lists transcribed from the offers API and Sirene, and four
/// written by the OpenEmploi team (themes, langues, pays, continents).
/// </summary>
internal static class CodeListsLoader
{
    private const string ThemesFile = "referentiels/themes.csv";

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
                r => new Qualification(r[0], r.Required(1), r.Flag(2))),
            team: LoadTeamLists(directory));
    }

    /// <summary>
    /// Themes name ROME domaines, which load on another thread: checked once both are loaded,
    /// still reported as themes.csv:line.
    /// </summary>
    public static void CheckThemeDomaines(string directory, CodeLists listes, RomeReferentiel rome)
    {
        for (var i = 0; i < listes.Themes.Count; i++)
        {
            foreach (var domaine in listes.Themes[i].Domaines)
            {
                if (rome.DomaineByCode(domaine) is null)
                {
                    throw new ReferenceDataException(Path.Combine(directory, ThemesFile), listes.ThemeLines[i],
                        $"domaine professionnel « {domaine} » inconnu");
                }
            }
        }
    }

    private static TeamLists LoadTeamLists(string directory)
    {
        // Letters for a continent, two digits for a country: one paysContinent value is never both.
        var continents = Read(directory, "referentiels/continents.csv", ["code", "libelle"], r =>
            r[0].Any(char.IsAsciiDigit)
                ? throw r.Fail($"code continent sans chiffre attendu, lu « {r[0]} »")
                : new CodeLibelle(r[0], r.Required(1)));
        var continentCodes = continents.ToDictionary(c => c.Code, c => c, StringComparer.Ordinal);
        var pays = Read(directory, "referentiels/pays.csv", ["code", "libelle", "code_continent"], r =>
        {
            if (r[0] is not [>= '0' and <= '9', >= '0' and <= '9'])
                throw r.Fail($"code pays à deux chiffres attendu, lu « {r[0]} »");
            r.RequireKnown(continentCodes, r.Required(2), "continent");
            return new Pays(r[0], r.Required(1), r[2]);
        });
        var lines = new List<int>();
        var themes = Read(directory, ThemesFile, ["code", "libelle", "domaines"], r =>
        {
            lines.Add(r.Line);
            var domaines = r.Required(2).Split('|');
            if (domaines.Any(d => d.Length == 0))
                throw r.Fail("domaine vide dans la liste des domaines");
            return new Theme(r[0], r.Required(1), domaines);
        });
        return new TeamLists(themes, lines, ReadCodeLibelle(directory, "referentiels/langues.csv"), pays, continents);
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
