using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.DataGen.Statistics;

/// <summary>A NAF sous-classe as establishments carry it: its section's hiring profile and the occupations it employs.</summary>
internal sealed record Sector(string Naf, string Division, string Section, SectorProfile Profile, WeightedPicker<string> Romes);

/// <summary>
/// Sectors and occupations tied together: the employers' sectors of each ROME métier
/// (<see cref="OccupationTables.Naf"/>) inverted, so that an establishment of a sector hires the
/// occupations that sector's offers are for, in the same proportions. Only sectors some occupation
/// points to are drawn, so every establishment has plausible occupations to hire.
/// </summary>
internal sealed class SectorTable
{
    public SectorTable(GeneratorContext context)
    {
        var data = context.Data;
        var byDomaine = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in data.Rome.Metiers)
            byDomaine[m.CodeDomaine] = byDomaine.GetValueOrDefault(m.CodeDomaine) + Boost(m.CodeRome);

        // Occupation weight (its share of offers) × the sector's share among that occupation's employers.
        var romesByNaf = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var occupationWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var occupation in context.Occupations.Occupations.Items)
        {
            var m = occupation.Metier;
            var weight = OccupationTables.DomaineWeights.GetValueOrDefault(m.CodeDomaine, 1) * Boost(m.CodeRome) / byDomaine[m.CodeDomaine];
            occupationWeights[m.CodeRome] = weight;
            var key = OccupationTables.Naf.ContainsKey(m.CodeDomaine) ? m.CodeDomaine : m.CodeGrandDomaine;
            var entries = OccupationTables.Naf[key].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var total = entries.Sum(e => double.Parse(e.AsSpan(e.IndexOf(':', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture));
            foreach (var entry in entries)
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                var naf = entry[..colon];
                var share = double.Parse(entry.AsSpan(colon + 1), CultureInfo.InvariantCulture) / total;
                if (!romesByNaf.TryGetValue(naf, out var romes))
                    romesByNaf[naf] = romes = new Dictionary<string, double>(StringComparer.Ordinal);
                romes[m.CodeRome] = romes.GetValueOrDefault(m.CodeRome) + weight * share;
            }
        }

        var sectors = new List<Sector>();
        var weights = new List<double>();
        foreach (var (naf, romes) in romesByNaf)
        {
            var division = data.Naf.AncestorAt(naf, NafLevel.Division)?.Code
                ?? throw new InvalidOperationException($"Division NAF du code {naf} introuvable.");
            var section = data.Naf.AncestorAt(naf, NafLevel.Section)?.Code
                ?? throw new InvalidOperationException($"Section NAF du code {naf} introuvable.");
            var ordered = romes.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            var sector = new Sector(naf, division, section, SectorProfiles.Of(section),
                new WeightedPicker<string>(ordered.Select(r => r.Key).ToList(), ordered.Select(r => r.Value).ToList()));
            sectors.Add(sector);
            // Establishments per sector follow its share of offers, damped: high-turnover sectors
            // post many offers per establishment, so their share of establishments is smaller.
            weights.Add(ordered.Sum(r => r.Value) / Math.Sqrt(sector.Profile.HiresPerEmployee));
        }
        Sectors = new WeightedPicker<Sector>(sectors, weights);
        ByNaf = sectors.ToDictionary(s => s.Naf, StringComparer.Ordinal);
        var romeCodes = occupationWeights.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        RomeWeights = [.. romeCodes.Select(r => r.Value)];
        Romes = new WeightedPicker<string>(romeCodes.Select(r => r.Key).ToList(), RomeWeights);
    }

    /// <summary>The weights of <see cref="Romes"/>, in the order of its items.</summary>
    public double[] RomeWeights { get; }

    /// <summary>Sectors weighted by how many establishments they have.</summary>
    public WeightedPicker<Sector> Sectors { get; }

    public IReadOnlyDictionary<string, Sector> ByNaf { get; }

    /// <summary>ROME métiers weighted by offer volume.</summary>
    public WeightedPicker<string> Romes { get; }

    private static double Boost(string rome) => OccupationTables.BoostedMetiers.Contains(rome) ? OccupationTables.BoostFactor : 1;
}
