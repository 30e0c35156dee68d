using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Bench.Search;

/// <summary>
/// A deterministic, realistic mix of searches as the portal and API clients send them, drawn from
/// the reference data and the generated base (docs/benchmarks.md, "Search (issue #3)"):
/// <list type="bullet">
/// <item>35 % département (drawn by offer volume), half of them with a contract type;</item>
/// <item>20 % commune + radius (communes drawn by population among the 400 most populous, Paris,
/// Lyon and Marseille's city codes often; distance 5–50 km, 10 % with distance 0);</item>
/// <item>30 % keywords (one or two of 60 common French job searches, with plural and feminine
/// forms), 40 % alone, 35 % with a département, 25 % with a commune and a radius;</item>
/// <item>10 % ROME codes (1 to 3 of the 60 most frequent codes);</item>
/// <item>5 % bare (the most recent offers).</item>
/// </list>
/// Every query asks the API's four facets and the window 0–19; sort by date, except 10 % of the
/// keyword queries sorted by relevance.
/// </summary>
internal static class QueryMix
{
    /// <summary>Common searches of job seekers, in the forms they type them.</summary>
    public static readonly string[] Keywords =
    [
        "vendeur", "vendeuse", "vendeurs", "aide soignant", "aide-soignante", "aides soignants", "développeur web", "développeuse",
        "developpeur", "chauffeur livreur", "chauffeur", "livreur", "serveur", "serveuse", "serveurs", "comptable", "comptables",
        "infirmier", "infirmière", "infirmiers", "boulanger", "boulangère", "électricien", "electricienne", "agent d'entretien",
        "agent entretien", "commercial", "commerciale", "commerciaux", "cuisinier", "cuisinière", "secrétaire", "assistante administrative",
        "caissier", "caissière", "magasinier", "cariste", "préparateur de commandes", "maçon", "plombier", "mécanicien",
        "auxiliaire de vie", "aide à domicile", "agent de sécurité", "coiffeur", "coiffeuse", "manutentionnaire", "conducteur de bus",
        "chef de projet", "technicien de maintenance", "ingénieur", "informatique", "logistique", "restauration", "télétravail",
        "ménage", "jardinier", "peintre", "menuisier", "soudeur",
    ];

    private static readonly string[] CityCodes = ["75056", "69123", "13055"];
    private static readonly string[] Contracts = ["CDI", "CDD", "MIS", "SAI", "LIB"];
    private static readonly double[] ContractWeights = [45, 30, 15, 5, 5];
    private static readonly int[] Distances = [5, 10, 10, 10, 20, 20, 30, 50];

    public static readonly FacetKind[] ApiFacets = [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.Qualification, FacetKind.NatureContrat];

    public static IReadOnlyList<(string Kind, SearchQuery Query)> Create(ReferenceData data, BaseProfile profile, int count, int seed)
    {
        var random = new DetRandom((ulong)seed, 31, 0);
        var departements = Picker(profile.Departements.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        var romes = Picker(profile.CodesRome.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(60).ToList());
        var populous = data.Geographie.Communes
            .Where(c => !c.IsArrondissement && c.Latitude is not null && c.Zone == Zone.Metro)
            .OrderByDescending(c => c.Population).ThenBy(c => c.CodeInsee, StringComparer.Ordinal)
            .Take(400)
            .ToList();
        var communes = new WeightedPicker<string>([.. populous.Select(c => c.CodeInsee)], [.. populous.Select(c => (double)c.Population)]);
        var contracts = new WeightedPicker<string>(Contracts, ContractWeights);

        var queries = new List<(string, SearchQuery)>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var q = new SearchQuery { Facets = ApiFacets, Sort = SearchSort.Date, Start = 0, End = 19 };
            string kind;
            if (roll < 0.35)
            {
                kind = "département";
                q = q with { Departements = [departements.Pick(random)] };
                if (random.Chance(0.5))
                    q = q with { TypesContrat = [contracts.Pick(random)] };
            }
            else if (roll < 0.55)
            {
                kind = "commune";
                q = WithCommune(q, random, communes);
            }
            else if (roll < 0.85)
            {
                kind = "mots-clés";
                var keywords = new List<string> { random.Pick(Keywords) };
                if (random.Chance(0.15))
                {
                    var second = random.Pick(Keywords);
                    if (!keywords.Contains(second))
                        keywords.Add(second);
                }
                q = q with { Keywords = keywords };
                var place = random.NextDouble();
                if (place < 0.35)
                    q = q with { Departements = [departements.Pick(random)] };
                else if (place < 0.60)
                    q = WithCommune(q, random, communes);
                if (random.Chance(0.10))
                    q = q with { Sort = SearchSort.Relevance };
            }
            else if (roll < 0.95)
            {
                kind = "codes ROME";
                var codes = new List<string>();
                var n = random.Next(1, 4);
                while (codes.Count < n)
                {
                    var code = romes.Pick(random);
                    if (!codes.Contains(code))
                        codes.Add(code);
                }
                q = q with { CodesRome = codes };
            }
            else
            {
                kind = "sans filtre";
            }
            queries.Add((kind, q));
        }
        return queries;
    }

    private static SearchQuery WithCommune(SearchQuery q, DetRandom random, WeightedPicker<string> communes)
    {
        var code = random.Chance(0.15) ? random.Pick(CityCodes) : communes.Pick(random);
        var distance = random.Chance(0.10) ? 0 : random.Pick(Distances);
        return q with { Communes = [code], DistanceKm = distance };
    }

    private static WeightedPicker<string> Picker(List<KeyValuePair<string, int>> counts) =>
        new([.. counts.Select(p => p.Key)], [.. counts.Select(p => (double)p.Value)]);

    /// <summary>A query as the API would receive it, for the disagreement report.</summary>
    public static string Describe(SearchQuery q)
    {
        var parts = new List<string>();
        if (q.Keywords.Count > 0)
            parts.Add("motsCles=" + string.Join(',', q.Keywords));
        if (q.CodesRome.Count > 0)
            parts.Add("codeROME=" + string.Join(',', q.CodesRome));
        if (q.Departements.Count > 0)
            parts.Add("departement=" + string.Join(',', q.Departements));
        if (q.Communes.Count > 0)
            parts.Add($"commune={string.Join(',', q.Communes)}&distance={q.DistanceKm}");
        if (q.TypesContrat.Count > 0)
            parts.Add("typeContrat=" + string.Join(',', q.TypesContrat));
        parts.Add($"sort={(int)q.Sort}&range={q.Start}-{q.End}");
        return string.Join('&', parts);
    }
}
