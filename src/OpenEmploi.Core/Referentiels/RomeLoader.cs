namespace OpenEmploi.Core.Referentiels;

/// <summary>Reads rome/: the hierarchy first (small), then appellations, compétences and texts side by side.</summary>
internal static class RomeLoader
{
    public static RomeReferentiel Load(string directory)
    {
        var grandsDomainesByCode = new Dictionary<string, GrandDomaine>(StringComparer.Ordinal);
        var grandsDomaines = ReferenceCsv.Read(directory, "rome/grands_domaines.csv", ["code", "libelle"], r =>
        {
            var g = new GrandDomaine(r.Required(0), r.Required(1));
            r.AddUnique(grandsDomainesByCode, g.Code, g);
            return g;
        });

        var domainesByCode = new Dictionary<string, DomaineProfessionnel>(StringComparer.Ordinal);
        var domaines = ReferenceCsv.Read(directory, "rome/domaines_professionnels.csv", ["code", "libelle", "code_grand_domaine"], r =>
        {
            r.RequireKnown(grandsDomainesByCode, r[2], "grand domaine");
            var d = new DomaineProfessionnel(r.Required(0), r.Required(1), r[2]);
            r.AddUnique(domainesByCode, d.Code, d);
            return d;
        });

        var metiersByCode = new Dictionary<string, Metier>(2_000, StringComparer.Ordinal);
        string[] metierColumns =
        [
            "code_rome", "libelle", "code_domaine_professionnel", "code_grand_domaine", "code_ogr", "code_rome_parent",
            "emploi_cadre", "emploi_reglemente",
        ];
        var metiers = ReferenceCsv.Read(directory, "rome/metiers.csv", metierColumns, r =>
        {
            r.RequireKnown(domainesByCode, r[2], "domaine professionnel");
            r.RequireKnown(grandsDomainesByCode, r[3], "grand domaine");
            var m = new Metier(r.Required(0), r.Required(1), r[2], r[3], r[4], r.Required(5),
                r.OptionalFlag(6), r.OptionalFlag(7), Definition: null, AccesMetier: null);
            r.AddUnique(metiersByCode, m.CodeRome, m);
            return m;
        });

        List<Appellation>? appellations = null;
        List<CompetenceRome>? competences = null;
        Dictionary<string, (string? Definition, string? AccesMetier)>? textes = null;
        Concurrently.Run(
            () => appellations = LoadAppellations(directory, metiersByCode),
            () => competences = LoadCompetences(directory),
            () => textes = LoadTextes(directory, metiersByCode));

        for (var i = 0; i < metiers.Count; i++)
        {
            if (textes!.TryGetValue(metiers[i].CodeRome, out var texte))
                metiers[i] = metiers[i] with { Definition = texte.Definition, AccesMetier = texte.AccesMetier };
        }
        return new RomeReferentiel(grandsDomaines, domaines, metiers, appellations!, competences!);
    }

    private static List<Appellation> LoadAppellations(string directory, Dictionary<string, Metier> metiers)
    {
        var codes = new Dictionary<string, bool>(16_000, StringComparer.Ordinal);
        string[] columns = ["code", "libelle", "libelle_court", "code_rome", "classification", "peu_usite"];
        return ReferenceCsv.Read(directory, "rome/appellations.csv", columns, r =>
        {
            r.RequireKnown(metiers, r[3], "code ROME");
            var principale = r[4] switch
            {
                "PRINCIPALE" => true,
                "SYNONYME" => false,
                var other => throw r.Fail($"classification « PRINCIPALE » ou « SYNONYME » attendue, lue « {other} »"),
            };
            r.AddUnique(codes, r.Required(0), true);
            return new Appellation(r[0], r.Required(1), r[2], r[3], principale, r.OptionalFlag(5) ?? false);
        });
    }

    private static List<CompetenceRome> LoadCompetences(string directory)
    {
        var codes = new Dictionary<string, bool>(20_000, StringComparer.Ordinal);
        string[] columns = ["code_ogr", "nature", "libelle_competence", "cat_comp", "sous_cat_comp"];
        return ReferenceCsv.Read(directory, "rome/competences.csv", columns, r =>
        {
            var isMacro = r[1] switch
            {
                "Compétence" => false,
                "Macro-compétence" => true,
                var other => throw r.Fail($"nature « Compétence » ou « Macro-compétence » attendue, lue « {other} »"),
            };
            r.AddUnique(codes, r.Required(0), true);
            return new CompetenceRome(r[0], r.Required(2), isMacro, r.Optional(3), r.Optional(4));
        });
    }

    private static Dictionary<string, (string? Definition, string? AccesMetier)> LoadTextes(
        string directory, Dictionary<string, Metier> metiers)
    {
        var textes = new Dictionary<string, (string?, string?)>(2_000, StringComparer.Ordinal);
        ReferenceCsv.Read(directory, "rome/metiers_textes.csv", ["code_rome", "definition", "acces_metier"], r =>
        {
            r.RequireKnown(metiers, r[0], "code ROME");
            r.AddUnique(textes, r[0], (r.Optional(1), r.Optional(2)));
            return true;
        });
        return textes;
    }
}
