using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen.Offres;

/// <summary>Contract, working-time, pay and company-size tables of the offers generator.</summary>
internal sealed class OffreTables
{
    /// <summary>Contract mix of France Travail's published offers: CDI 45 %, CDD 30 %, MIS 15 %, others 10 %.</summary>
    public static readonly WeightedPicker<string> TypesContrat = WeightedPicker.Of(
        ("CDI", 45.0), ("CDD", 30.0), ("MIS", 15.0), ("SAI", 4.0), ("DIN", 1.5), ("TTI", 1.0), ("DDI", 1.0),
        ("LIB", 1.0), ("CCE", 0.5), ("FRA", 0.5), ("REP", 0.5));

    public static readonly WeightedPicker<int> MoisCdd = WeightedPicker.Of(
        (1, 10.0), (2, 8.0), (3, 15.0), (4, 6.0), (5, 3.0), (6, 20.0), (7, 3.0), (8, 4.0), (9, 5.0), (12, 12.0), (18, 3.0), (24, 2.0));

    public static readonly WeightedPicker<int> MoisMission = WeightedPicker.Of(
        (1, 25.0), (2, 15.0), (3, 20.0), (4, 8.0), (6, 15.0), (12, 5.0), (18, 2.0));

    public static readonly WeightedPicker<int> HeuresTempsPlein = WeightedPicker.Of((35, 70.0), (39, 20.0), (37, 5.0), (40, 3.0), (42, 2.0));

    public static readonly WeightedPicker<int> HeuresTempsPartiel = WeightedPicker.Of((20, 20.0), (24, 30.0), (25, 10.0), (28, 15.0), (30, 20.0), (32, 5.0));

    public static readonly WeightedPicker<string> ModesHoraires = WeightedPicker.Of(
        ("Horaires normaux", 65.0), ("Travail en équipe", 10.0), ("Horaires variables", 10.0),
        ("Travail samedi et dimanche", 7.0), ("Travail en journée", 8.0));

    /// <summary>Gross monthly full-time pay range by qualification code (index 1–9), 2025 levels.</summary>
    public static readonly (double Min, double Max)[] MensuelParQualification =
    [
        (0, 0), (1802, 1900), (1820, 1980), (1900, 2250), (2100, 2550), (1802, 1920), (1880, 2300),
        (2150, 2900), (2400, 3300), (3200, 5200),
    ];

    public static readonly (string Code, string Libelle)[] Deplacements =
    [
        ("1", "Jamais"), ("2", "Ponctuels Départemental"), ("2", "Ponctuels Régional"), ("3", "Fréquents Départemental"),
        ("3", "Fréquents Régional"), ("4", "Quotidiens Départemental"),
    ];

    public static readonly string[] ExperienceCommentaires =
    [
        "Expérience sur un poste similaire", "Idéalement dans le même secteur", "Une expérience en équipe est appréciée",
    ];

    /// <summary>Numbers as strings, so that sentences never format integers in the hot loop.</summary>
    public static readonly string[] Numbers = CreateNumbers();

    public OffreTables(ReferenceData data)
    {
        var listes = data.Listes;
        TypeContratLibelles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in listes.TypesContrat)
            TypeContratLibelles[t.Code] = t.Libelle;
        NatureTravail = Nature(listes, "E1");
        NatureApprentissage = Nature(listes, "E2");
        NatureProfessionnalisation = Nature(listes, "FS");
        NatureInsertion = Nature(listes, "I1");
        NatureNonSalarie = Nature(listes, "NS");

        var bands = new (string Code, double Weight)[]
        {
            ("01", 10), ("02", 12), ("03", 12), ("11", 15), ("12", 15), ("21", 10), ("22", 8), ("31", 3),
            ("32", 5), ("41", 4), ("42", 3), ("51", 2), ("52", 0.5), ("53", 0.5),
        };
        var tranches = new List<(string, string)>();
        var weights = new List<double>();
        foreach (var (code, weight) in bands)
        {
            foreach (var t in listes.TranchesEffectif)
            {
                if (t.Code == code)
                {
                    tranches.Add((t.Code, t.Libelle));
                    weights.Add(weight);
                }
            }
        }
        Tranches = new WeightedPicker<(string Code, string Libelle)>(tranches, weights);

        string Niveau(string code) => listes.NiveauFormation(code)?.Libelle ?? throw new InvalidOperationException($"Niveau de formation {code} introuvable.");
        // Education levels plausible for each qualification code (index 1–9).
        NiveauxParQualification =
        [
            [], [Niveau("CFG"), Niveau("NV5")], [Niveau("NV5")], [Niveau("NV5"), Niveau("NV4")], [Niveau("NV5"), Niveau("NV4")],
            [Niveau("C3A"), Niveau("NV5")], [Niveau("NV5"), Niveau("NV4")], [Niveau("NV4"), Niveau("NV3")],
            [Niveau("NV4"), Niveau("NV3"), Niveau("NV2")], [Niveau("NV2"), Niveau("NV1")],
        ];

        string Permis(string code) => listes.PermisByCode(code)?.Libelle ?? throw new InvalidOperationException($"Permis {code} introuvable.");
        PermisB = Permis("B");
        PermisC = Permis("C");
        PermisCe = Permis("CE");
        PermisD = Permis("D");
    }

    public Dictionary<string, string> TypeContratLibelles { get; }

    public string NatureTravail { get; }

    public string NatureApprentissage { get; }

    public string NatureProfessionnalisation { get; }

    public string NatureInsertion { get; }

    public string NatureNonSalarie { get; }

    public WeightedPicker<(string Code, string Libelle)> Tranches { get; }

    public string[][] NiveauxParQualification { get; }

    public string PermisB { get; }

    public string PermisC { get; }

    public string PermisCe { get; }

    public string PermisD { get; }

    private static string Nature(CodeLists listes, string code) =>
        listes.NatureContrat(code)?.Libelle ?? throw new InvalidOperationException($"Nature de contrat {code} introuvable.");

    private static string[] CreateNumbers()
    {
        var numbers = new string[101];
        for (var i = 0; i < numbers.Length; i++)
            numbers[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return numbers;
    }
}
