namespace OpenEmploi.Core.Referentiels;

/// <summary>Reads geo/: régions → départements → EPCI → communes → postal codes, each checked against the previous.</summary>
internal static class GeographieLoader
{
    public static Geographie Load(string directory)
    {
        var departementsGeoJson = Path.Combine(directory, "geo", "departements.geojson");
        var regionsGeoJson = Path.Combine(directory, "geo", "regions.geojson");
        if (!File.Exists(regionsGeoJson))
            throw new ReferenceDataException(regionsGeoJson, null, "fichier de référence absent");

        Dictionary<string, string[]>? neighbours = null;
        Tables? tables = null;
        Concurrently.Run(
            () => neighbours = DepartementNeighbours.Derive(departementsGeoJson),
            () => tables = LoadTables(directory));

        foreach (var code in neighbours!.Keys)
        {
            if (!tables!.Departements.ContainsKey(code))
                throw new ReferenceDataException(departementsGeoJson, null, $"département « {code} » absent de geo/departements.csv");
        }
        return new Geographie(
            tables!.RegionList,
            tables.DepartementList,
            tables.Communes,
            tables.EpciList,
            tables.CommunesByPostalCode,
            neighbours,
            departementsGeoJson,
            regionsGeoJson);
    }

    private sealed record Tables(
        List<Region> RegionList,
        List<Departement> DepartementList,
        Dictionary<string, Departement> Departements,
        List<Epci> EpciList,
        List<Commune> Communes,
        Dictionary<string, Commune[]> CommunesByPostalCode);

    private static Tables LoadTables(string directory)
    {
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        var regionList = ReferenceCsv.Read(directory, "geo/regions.csv", ["code", "nom", "code_commune_chef_lieu", "zone"], r =>
        {
            var region = new Region(r.Required(0), r.Required(1), r[2], r.Zone(3));
            r.AddUnique(regions, region.Code, region);
            return region;
        });

        var departements = new Dictionary<string, Departement>(StringComparer.Ordinal);
        var departementList = ReferenceCsv.Read(directory, "geo/departements.csv", ["code", "nom", "code_region", "code_commune_chef_lieu", "zone"], r =>
        {
            r.RequireKnown(regions, r[2], "région");
            var departement = new Departement(r.Required(0), r.Required(1), r[2], r[3], r.Zone(4));
            r.AddUnique(departements, departement.Code, departement);
            return departement;
        });

        var epcis = new Dictionary<string, Epci>(StringComparer.Ordinal);
        var epciList = ReferenceCsv.Read(directory, "geo/epci.csv", ["code", "nom", "type", "nb_communes", "population_municipale"], r =>
        {
            var epci = new Epci(r.Required(0), r.Required(1), r.Required(2), r.IntOrZero(3), r.IntOrZero(4));
            r.AddUnique(epcis, epci.Code, epci);
            return epci;
        });

        var communes = LoadCommunes(directory, regions, departements, epcis);
        return new Tables(regionList, departementList, departements, epciList, communes.List, LoadPostalCodes(directory, communes.ByCode));
    }

    private static (List<Commune> List, Dictionary<string, Commune> ByCode) LoadCommunes(
        string directory,
        Dictionary<string, Region> regions,
        Dictionary<string, Departement> departements,
        Dictionary<string, Epci> epcis)
    {
        const string File = "geo/communes.csv";
        var byCode = new Dictionary<string, Commune>(40_000, StringComparer.Ordinal);
        var arrondissements = new List<(Commune Commune, int Line)>();
        string[] columns =
        [
            "code_insee", "nom", "type", "code_commune_parent", "codes_postaux", "code_departement", "code_region",
            "code_epci", "population", "latitude", "longitude", "code_zone_emploi_2020", "zone",
        ];
        var list = ReferenceCsv.Read(directory, File, columns, r =>
        {
            var isArrondissement = r[2] switch
            {
                "commune" => false,
                "arrondissement_municipal" => true,
                var other => throw r.Fail($"type « commune » ou « arrondissement_municipal » attendu, lu « {other} »"),
            };
            r.RequireKnown(departements, r[5], "département");
            r.RequireKnown(regions, r[6], "région");
            var epci = r.Optional(7);
            if (epci is not null)
                r.RequireKnown(epcis, epci, "EPCI");
            var commune = new Commune(
                r.Required(0),
                r.Required(1),
                isArrondissement,
                isArrondissement ? r.Required(3) : r.Optional(3),
                r[4].Length == 0 ? [] : r[4].Split('|'),
                r[5],
                r[6],
                epci,
                r.IntOrZero(8),
                r.OptionalDouble(9),
                r.OptionalDouble(10),
                r.Optional(11),
                r.Zone(12));
            r.AddUnique(byCode, commune.CodeInsee, commune);
            if (commune.CodeCommuneParent is not null)
                arrondissements.Add((commune, r.Line));
            return commune;
        });

        // Arrondissements may precede their city in another ordering of the file, so check once all are read.
        foreach (var (arrondissement, line) in arrondissements)
        {
            if (!byCode.TryGetValue(arrondissement.CodeCommuneParent!, out var city) || city.IsArrondissement)
            {
                throw new ReferenceDataException(Path.Combine(directory, File), line,
                    $"commune parente « {arrondissement.CodeCommuneParent} » inconnue");
            }
        }
        return (list, byCode);
    }

    private static Dictionary<string, Commune[]> LoadPostalCodes(string directory, Dictionary<string, Commune> communes)
    {
        var byPostalCode = new Dictionary<string, List<Commune>>(8_000, StringComparer.Ordinal);
        ReferenceCsv.Read(directory, "geo/codes_postaux.csv", ["code_postal", "code_insee"], r =>
        {
            if (!communes.TryGetValue(r[1], out var commune))
                throw r.Fail($"commune « {r[1]} » inconnue");
            var postalCode = r.Required(0);
            if (!byPostalCode.TryGetValue(postalCode, out var list))
                byPostalCode[postalCode] = list = [];
            list.Add(commune);
            return 0;
        });
        return byPostalCode.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(c => c.Population).ThenBy(c => c.CodeInsee, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
    }
}
