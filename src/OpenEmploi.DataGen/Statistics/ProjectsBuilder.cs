using OpenEmploi.Core.Statistics;

namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// The recruitment-projects survey (BMO-like): for each year and zone d'emploi, projects per ROME
/// in proportion to the zone's population and the occupation's weight; the share judged difficult
/// is higher for occupations in shortage (care, building trades, drivers, cooks, maintenance, IT)
/// and where unemployment is low; seasonal projects are farming and tourism.
/// </summary>
internal sealed class ProjectsBuilder
{
    private static readonly IReadOnlyDictionary<string, double> DifficultyByDomaine = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["J11"] = 0.82, ["J13"] = 0.72, ["J15"] = 0.74, ["K13"] = 0.76, ["K12"] = 0.62, ["F16"] = 0.74, ["F17"] = 0.7, ["F11"] = 0.66,
        ["N41"] = 0.72, ["N43"] = 0.7, ["G16"] = 0.7, ["G18"] = 0.62, ["I11"] = 0.7, ["I13"] = 0.74, ["I16"] = 0.7, ["H29"] = 0.68,
        ["H25"] = 0.64, ["M18"] = 0.62, ["A14"] = 0.52, ["D11"] = 0.66, ["K22"] = 0.5,
    };

    private static readonly IReadOnlyDictionary<string, double> DifficultyByGrandDomaine = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["A"] = 0.48, ["B"] = 0.5, ["C"] = 0.38, ["D"] = 0.4, ["E"] = 0.32, ["F"] = 0.6, ["G"] = 0.5, ["H"] = 0.56,
        ["I"] = 0.64, ["J"] = 0.6, ["K"] = 0.45, ["L"] = 0.3, ["M"] = 0.35, ["N"] = 0.52,
    };

    private readonly StatisticsWorld _world;
    private readonly string[] _romes;
    private readonly double[] _romeShares;
    private readonly double[] _difficulty;
    private readonly double[] _seasonal;
    private readonly double _totalPopulation;
    private readonly int _firstYear;
    private readonly DetRandom _r = new(0, 0, 0);

    public ProjectsBuilder(StatisticsWorld world)
    {
        _world = world;
        var romes = world.Sectors.Romes.Items;
        _romes = [.. romes];
        _romeShares = RomeShares(world);
        _difficulty = new double[_romes.Length];
        _seasonal = new double[_romes.Length];
        for (var i = 0; i < _romes.Length; i++)
        {
            var (domaine, grand) = world.Domaines[_romes[i]];
            _difficulty[i] = DifficultyByDomaine.GetValueOrDefault(domaine, DifficultyByGrandDomaine.GetValueOrDefault(grand, 0.45));
            _seasonal[i] = domaine switch
            {
                "A14" => 0.8,
                "G16" or "G18" or "G17" or "G15" or "G12" => 0.48,
                _ => grand switch { "A" => 0.55, "G" => 0.35, "D" => 0.12, "N" => 0.1, _ => 0.05 },
            };
        }
        _totalPopulation = world.Zones.Sum(z => z.Population);
        _firstYear = world.Options.ProjectsFromYear;
        Years = world.Options.LastYear - _firstYear + 1;
    }

    public int Years { get; }

    /// <summary>Cells built: one per (year, zone).</summary>
    public long Count => (long)Years * _world.Zones.Length;

    public void Build(long index, List<RecruitmentProjects> rows)
    {
        var zones = _world.Zones;
        var year = _firstYear + (int)(index / zones.Length);
        var zone = zones[index % zones.Length];
        var r = _r;
        r.Reset(_world.Options.Seed, GeneratorStreams.ProjetsRecrutement, (ulong)index);
        // Where job seekers are scarce, employers find it harder; each zone has its own habits too.
        var local = (0.18 * (1 - StatisticsWorld.Unemployment(zone.MainDepartement))) + (0.05 * Sampling.Normal(r));
        var drift = 0.015 * (year - _firstYear);
        var volume = LabourMarketTables.ProjectsPerYear * _world.Options.Scale * zone.Population / _totalPopulation;
        for (var i = 0; i < _romes.Length; i++)
        {
            var projects = Sampling.Poisson(r, volume * _romeShares[i]);
            if (projects == 0)
                continue;
            var difficult = Sampling.Binomial(r, projects, Math.Clamp(_difficulty[i] + local + drift, 0.05, 0.95));
            var seasonal = Sampling.Binomial(r, projects, _seasonal[i]);
            rows.Add(new RecruitmentProjects(year, zone.Code, _romes[i], projects, difficult, seasonal));
        }
    }

    private static double[] RomeShares(StatisticsWorld world)
    {
        var weights = world.Sectors.RomeWeights;
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }
}
