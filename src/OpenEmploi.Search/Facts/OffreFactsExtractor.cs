using System.Globalization;
using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Search.Facts;

/// <summary>
/// Turns a stored offer into the facts the search works on. Labels on the wire (contract
/// nature, education level, driving licence) are mapped back to their referential codes; codes
/// the offer does not carry (domaine, NAF division, région) are derived from the referentials.
/// Thread-safe: the index build extracts on several threads.
/// </summary>
public sealed class OffreFactsExtractor
{
    private readonly ReferenceData _data;
    private readonly Dictionary<string, string> _natureByLabel;
    private readonly Dictionary<string, string> _niveauByLabel;
    private readonly Dictionary<string, string> _permisByLabel;

    public OffreFactsExtractor(ReferenceData data)
    {
        _data = data;
        _natureByLabel = ByLabel(data.Listes.NaturesContrat.Select(n => (n.Code, n.Libelle)));
        _niveauByLabel = ByLabel(data.Listes.NiveauxFormation.Select(n => (n.Code, n.Libelle)));
        _permisByLabel = ByLabel(data.Listes.Permis.Select(p => (p.Code, p.Libelle)));
    }

    public OffreFacts Extract(OffreEntry entry)
    {
        var offre = entry.Offre;
        var rome = offre.RomeCode;
        var domaine = rome is null ? null : _data.Rome.DomaineOf(rome)?.Code;
        var lieu = offre.LieuTravail;
        var commune = lieu?.Commune;
        var geo = _data.Geographie;
        var departement = entry.Departement ?? (commune is null ? null : geo.CommuneByInsee(commune)?.CodeDepartement);
        var region = entry.Region ?? (departement is null ? null : geo.RegionOfDepartement(departement)?.Code);
        // The geography referential is French: a location found in it is a location in France.
        var enFrance = (commune is not null && geo.CommuneByInsee(commune) is not null)
            || (departement is not null && geo.DepartementByCode(departement) is not null)
            || (region is not null && geo.RegionByCode(region) is not null);
        var salary = WireLabels.Salary(offre.Salaire?.Libelle);

        return new OffreFacts
        {
            Id = offre.Id,
            DateCreation = offre.DateCreation,
            DateActualisation = offre.DateActualisation,
            RomeCode = rome,
            AppellationCode = entry.AppellationCode,
            Domaine = domaine,
            GrandDomaine = domaine?[..1],
            CodeNaf = offre.CodeNAF,
            SecteurActivite = offre.SecteurActivite ?? (offre.CodeNAF is { Length: >= 2 } naf ? naf[..2] : null),
            ExperienceExige = offre.ExperienceExige is [var exige] ? exige : null,
            Experience = WireLabels.ExperienceBand(offre.ExperienceExige, offre.ExperienceLibelle),
            TypeContrat = offre.TypeContrat,
            NatureContrat = Lookup(_natureByLabel, offre.NatureContrat),
            DureeContratMois = WireLabels.ContractMonths(offre.TypeContratLibelle),
            Origine = offre.OrigineOffre?.Origine == "2" ? 2 : 1,
            Source = entry.Source,
            QualificationCode = int.TryParse(offre.QualificationCode, NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : null,
            TempsPlein = offre.DureeTravailLibelleConverti switch
            {
                "Temps plein" => true,
                "Temps partiel" => false,
                _ => null,
            },
            DureeHebdoMinutes = WireLabels.WeeklyMinutes(offre.DureeTravailLibelle),
            Commune = commune,
            Latitude = lieu?.Latitude,
            Longitude = lieu?.Longitude,
            Departement = departement,
            Region = region,
            EnFrance = enFrance,
            NiveauxFormation = Codes(_niveauByLabel, offre.Formations?.Select(f => f.NiveauLibelle)),
            Permis = Codes(_permisByLabel, offre.Permis?.Select(p => p.Libelle)),
            SalairePeriode = salary?.Period,
            SalaireMin = salary?.Min,
            SalaireMax = salary?.Max,
            AccessibleTH = offre.AccessibleTH,
            OffresManqueCandidats = offre.OffresManqueCandidats,
            EntrepriseAdaptee = offre.EntrepriseAdaptee || offre.Entreprise?.EntrepriseAdaptee == true,
            EmployeurHandiEngage = offre.EmployeurHandiEngage,
            Alternance = offre.Alternance,
            Titre = offre.Intitule ?? "",
            Metier = Join(offre.AppellationLibelle, offre.RomeLibelle),
            Competences = SkillsText(offre),
            Description = offre.Description ?? "",
        };
    }

    // Skills, trainings, licences and languages: the API searches keywords in all of them.
    private static string SkillsText(Offre offre)
    {
        var text = new StringBuilder();
        foreach (var c in offre.Competences ?? [])
            text.Append(c.Libelle).Append('\n');
        foreach (var f in offre.Formations ?? [])
            text.Append(f.DomaineLibelle).Append(' ').Append(f.Commentaire).Append('\n');
        foreach (var p in offre.Permis ?? [])
            text.Append(p.Libelle).Append('\n');
        foreach (var l in offre.Langues ?? [])
            text.Append(l.Libelle).Append('\n');
        foreach (var q in offre.QualitesProfessionnelles ?? [])
            text.Append(q.Libelle).Append('\n');
        return text.ToString();
    }

    private static string Join(string? first, string? second) =>
        (first, second) switch
        {
            (null, null) => "",
            (null, _) => second!,
            (_, null) => first!,
            _ => string.Concat(first, "\n", second),
        };

    private static Dictionary<string, string> ByLabel(IEnumerable<(string Code, string Libelle)> entries)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, libelle) in entries)
        {
            map.TryAdd(libelle, code);
            // The code lists were transcribed with the odd double space; offers may have one space.
            map.TryAdd(string.Join(' ', libelle.Split(' ', StringSplitOptions.RemoveEmptyEntries)), code);
            map.TryAdd(code, code);
        }
        return map;
    }

    private static string? Lookup(Dictionary<string, string> map, string? label) =>
        label is not null && map.TryGetValue(label.Trim(), out var code) ? code : null;

    private static string[] Codes(Dictionary<string, string> map, IEnumerable<string?>? labels)
    {
        if (labels is null)
            return [];
        var codes = new List<string>(2);
        foreach (var label in labels)
        {
            if (Lookup(map, label) is { } code && !codes.Contains(code))
                codes.Add(code);
        }
        return [.. codes];
    }
}
