using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.DataGen;

/// <summary>A job title with its wire forms precomputed.</summary>
/// <param name="Appellation">The ROME appellation.</param>
/// <param name="Titles">Intitulé variants: "Serveur en restauration H/F", "… (H/F)", the label, the short label.</param>
/// <param name="Poste">The title inside a sentence: "serveur en restauration".</param>
internal sealed record AppellationChoice(Appellation Appellation, string[] Titles, string Poste);

/// <summary>A NAF sous-classe with its division, as offers carry them.</summary>
internal sealed record NafChoice(string Code, string Division, string DivisionLibelle);

internal enum PermisRule
{
    Rarely,
    Field,
    Livraison,
    PoidsLourd,
    SuperLourd,
    TransportPersonnes,
}

/// <summary>Everything precomputed about a métier so that drawing an offer of it is only picks.</summary>
internal sealed record Occupation(
    Metier Metier,
    DomaineProfessionnel Domaine,
    WeightedPicker<AppellationChoice> Appellations,
    WeightedPicker<NafChoice> Naf,
    WeightedPicker<Qualification> Qualifications,
    CompetenceRome[] Competences,
    TextTemplate[] Missions,
    string[] DefinitionLines,
    string ExperiencePhrase,
    PermisRule Permis,
    double SalaryFactor);

/// <summary>Métiers weighted by offer volume (<see cref="OccupationTables"/>), with their tables.</summary>
internal sealed class OccupationTable
{
    private static readonly string[] CadreStarts = ["Ingénieur", "Directeur", "Médecin", "Pharmacien", "Avocat", "Architecte", "Chef de projet"];
    private static readonly string[] MaitriseStarts = ["Responsable", "Chef", "Cheffe", "Manager", "Superviseur", "Gouvernant", "Conducteur / Conductrice de travaux"];

    public OccupationTable(ReferenceData data, IReadOnlyDictionary<string, NafChoice> nafs)
    {
        var rome = data.Rome;
        var competences = CompetenceIndex.Build(rome);
        var byDomaine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in rome.Metiers)
            byDomaine[m.CodeDomaine] = byDomaine.GetValueOrDefault(m.CodeDomaine) + (OccupationTables.BoostedMetiers.Contains(m.CodeRome) ? (int)OccupationTables.BoostFactor : 1);

        var occupations = new List<Occupation>();
        var weights = new List<double>();
        var nafPickers = new Dictionary<string, WeightedPicker<NafChoice>>(StringComparer.Ordinal);
        foreach (var m in rome.Metiers)
        {
            var appellations = Appellations(rome, m);
            if (appellations is null)
                continue;
            var domaine = rome.DomaineByCode(m.CodeDomaine)
                ?? throw new InvalidOperationException($"Domaine {m.CodeDomaine} du métier {m.CodeRome} introuvable.");
            var nafKey = OccupationTables.Naf.ContainsKey(m.CodeDomaine) ? m.CodeDomaine : m.CodeGrandDomaine;
            if (!nafPickers.TryGetValue(nafKey, out var naf))
                nafPickers[nafKey] = naf = NafPicker(OccupationTables.Naf[nafKey], nafs);
            var missions = new List<TextTemplate>();
            if (MissionTexts.ByCode.TryGetValue(m.CodeDomaine, out var specific))
                missions.AddRange(specific);
            missions.AddRange(MissionTexts.ByCode[m.CodeGrandDomaine]);
            missions.AddRange(MissionTexts.Generic);

            occupations.Add(new Occupation(
                m,
                domaine,
                appellations,
                naf,
                QualificationsOf(m, data.Listes),
                competences[m.CodeRome],
                [.. missions],
                DefinitionLines(m.Definition),
                "en " + FrenchText.LowerFirst(domaine.Libelle),
                PermisOf(m),
                SalaryFactorOf(m)));
            var boost = OccupationTables.BoostedMetiers.Contains(m.CodeRome) ? OccupationTables.BoostFactor : 1;
            weights.Add(OccupationTables.DomaineWeights.GetValueOrDefault(m.CodeDomaine, 1) * boost / byDomaine[m.CodeDomaine]);
        }
        Occupations = new WeightedPicker<Occupation>(occupations, weights);
    }

    public WeightedPicker<Occupation> Occupations { get; }

    private static WeightedPicker<AppellationChoice>? Appellations(RomeReferentiel rome, Metier m)
    {
        var choices = new List<AppellationChoice>();
        var weights = new List<double>();
        foreach (var a in rome.AppellationsOf(m.CodeRome))
        {
            if (a.PeuUsite)
                continue;
            var masculine = FrenchText.Masculine(a.Libelle);
            choices.Add(new AppellationChoice(
                a,
                [masculine + " H/F", masculine + " (H/F)", a.Libelle, a.LibelleCourt],
                FrenchText.LowerFirst(masculine)));
            weights.Add(a.Principale ? 4 : 1);
        }
        return choices.Count == 0 ? null : new WeightedPicker<AppellationChoice>(choices, weights);
    }

    private static WeightedPicker<NafChoice> NafPicker(string spec, IReadOnlyDictionary<string, NafChoice> nafs)
    {
        var choices = new List<NafChoice>();
        var weights = new List<double>();
        foreach (var entry in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var code = entry[..colon];
            choices.Add(nafs.GetValueOrDefault(code) ?? throw new InvalidOperationException($"Code NAF {code} de la table des secteurs introuvable."));
            weights.Add(double.Parse(entry.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture));
        }
        return new WeightedPicker<NafChoice>(choices, weights);
    }

    private static WeightedPicker<Qualification> QualificationsOf(Metier m, CodeLists listes)
    {
        (string Code, double Weight)[] spec;
        if (m.EmploiCadre == true || StartsWithAny(m.Libelle, CadreStarts))
            spec = [("9", 70), ("8", 15), ("7", 15)];
        else if (StartsWithAny(m.Libelle, MaitriseStarts))
            spec = [("8", 50), ("9", 25), ("7", 25)];
        else if (m.Libelle.StartsWith("Technicien", StringComparison.Ordinal))
            spec = [("7", 70), ("8", 15), ("4", 15)];
        else if (m.CodeGrandDomaine is "A" or "B" or "F" or "H" or "I" || m.CodeDomaine is "N11" or "N41" or "N43")
            spec = [("1", 5), ("2", 20), ("3", 40), ("4", 20), ("7", 10), ("8", 5)];
        else
            spec = [("5", 25), ("6", 60), ("7", 10), ("8", 5)];
        var items = new Qualification[spec.Length];
        var weights = new double[spec.Length];
        for (var i = 0; i < spec.Length; i++)
        {
            items[i] = listes.Qualification(spec[i].Code) ?? throw new InvalidOperationException($"Qualification {spec[i].Code} introuvable.");
            weights[i] = spec[i].Weight;
        }
        return new WeightedPicker<Qualification>(items, weights);
    }

    private static PermisRule PermisOf(Metier m)
    {
        var label = m.Libelle;
        if (m.CodeDomaine == "N41" || m.CodeDomaine == "N43")
        {
            if (label.Contains("super lourd", StringComparison.OrdinalIgnoreCase) || label.Contains("semi", StringComparison.OrdinalIgnoreCase))
                return PermisRule.SuperLourd;
            if (label.Contains("poids lourd", StringComparison.OrdinalIgnoreCase))
                return PermisRule.PoidsLourd;
            if (label.Contains("bus", StringComparison.OrdinalIgnoreCase) || label.Contains("car", StringComparison.OrdinalIgnoreCase) || m.CodeDomaine == "N43")
                return PermisRule.TransportPersonnes;
            return PermisRule.Livraison;
        }
        return m.CodeGrandDomaine is "F" or "I" || m.CodeDomaine is "A12" or "K13" or "D14" or "K25" or "K23"
            ? PermisRule.Field
            : PermisRule.Rarely;
    }

    private static double SalaryFactorOf(Metier m) => m.CodeDomaine switch
    {
        "J11" => 1.9,
        "M18" => 1.15,
        "M13" => 1.25,
        "H27" or "C13" => 1.1,
        "N41" => 1.05,
        _ => m.CodeGrandDomaine switch
        {
            "C" => 1.08,
            "G" or "K" or "D" => 0.97,
            _ => 1.0,
        },
    };

    private static string[] DefinitionLines(string? definition)
    {
        if (string.IsNullOrWhiteSpace(definition))
            return [];
        var lines = new List<string>();
        foreach (var raw in definition.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Whole sentences ("Réalise des travaux agricoles mécanisés."), short enough for an offer.
            if (raw.Length is < 20 or > 260 || !raw.EndsWith('.'))
                continue;
            lines.Add(string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
        return [.. lines];
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (text.StartsWith(p, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
