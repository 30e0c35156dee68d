using System.Globalization;
using System.Text;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;
using OpenEmploi.Search.Geo;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Bench.Search;

internal enum SqlDialect
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A query's SQL pieces: the WHERE clause over <c>search_facts f</c>, its parameters, the text
/// match for relevance (all keyword terms OR-ed), and SQL for the distance to the nearest query
/// commune (NULL for an offer without coordinates; null without communes).
/// </summary>
internal sealed record BuiltQuery(string Where, IReadOnlyList<KeyValuePair<string, object>> Parameters, string? TextMatch, string? Distance);

/// <summary>
/// Turns a <see cref="SearchQuery"/> into SQL over the baselines' side table <c>search_facts</c>
/// (one row per offer, the facts the index keeps in its columns) and its text index, with the same
/// meaning as the in-memory index: the two SQL engines differ only in the keyword clause.
/// Filters the query mix never sets are refused rather than approximated.
/// </summary>
internal sealed class BaselineSql(SqlDialect dialect, ReferenceData data, JobTitleSynonyms synonyms)
{
    /// <summary>The side table's columns besides the text, in COPY/INSERT order.</summary>
    public static readonly string[] FactColumns =
    [
        "doc", "id", "date_creation", "rome_code", "appellation", "domaine", "grand_domaine", "code_naf", "secteur",
        "experience_exige", "experience", "type_contrat", "nature_contrat", "duree_contrat_mois", "origine", "source",
        "qualification", "temps_plein", "duree_hebdo", "commune", "lat", "lon", "departement", "region",
        "salaire_periode", "salaire_min", "salaire_max", "th", "manque_candidats", "entreprise_adaptee", "handi_engage", "alternance",
    ];

    /// <summary>The facet value of each API facet, as SQL over <c>search_facts</c>; NULL values are not counted.</summary>
    public static string FacetExpression(FacetKind kind) => kind switch
    {
        FacetKind.TypeContrat => "type_contrat",
        FacetKind.Experience => "CAST(experience AS TEXT)",
        FacetKind.Qualification => "CASE WHEN qualification = 9 THEN '9' WHEN qualification BETWEEN 1 AND 8 THEN '0' END",
        FacetKind.NatureContrat => "nature_contrat",
        FacetKind.Departement => "departement",
        FacetKind.Region => "region",
        FacetKind.CodeRome => "rome_code",
        FacetKind.Domaine => "domaine",
        FacetKind.SecteurActivite => "secteur",
        _ => throw new NotSupportedException($"facette non prise en charge par les bases SQL : {kind}"),
    };

    public BuiltQuery Build(SearchQuery q, DateTime now)
    {
        var b = new Builder(dialect);
        var textTerms = new List<string>();

        foreach (var keyword in q.Keywords)
        {
            var terms = FrenchAnalyzer.Instance.AnalyzeToList(keyword).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count == 0)
                continue; // a keyword of stop words only restricts nothing
            textTerms.AddRange(terms);
            var match = b.Param(dialect == SqlDialect.Sqlite ? Fts5And(terms) : TsQueryAnd(terms));
            var text = dialect == SqlDialect.Sqlite
                ? $"f.doc IN (SELECT rowid FROM search_text WHERE search_text MATCH {match})"
                : $"f.tsv @@ CAST({match} AS tsquery)";
            var codes = synonyms.RomeCodesFor(terms);
            b.Add(codes.Count == 0 ? text : $"({text} OR f.rome_code IN ({b.Params(codes)}))");
        }

        if (q.CodesRome.Count > 0)
            b.Add($"f.rome_code IN ({b.Params(q.CodesRome)})");
        if (q.Appellation is { } appellation)
            b.Add($"f.appellation = {b.Param(appellation)}");
        if (q.Domaine is { } domaine)
            b.Add($"f.domaine = {b.Param(domaine)}");
        if (q.GrandDomaine is { } grandDomaine)
            b.Add(grandDomaine.Length == 1 ? $"f.grand_domaine = {b.Param(grandDomaine)}" : $"f.domaine LIKE {b.Param(grandDomaine + "%")}");
        if (q.SecteursActivite.Count > 0)
            b.Add($"f.secteur IN ({b.Params(q.SecteursActivite)})");
        if (q.CodesNaf.Count > 0)
            b.Add($"f.code_naf IN ({b.Params(q.CodesNaf)})");
        if (q.Experience is { } experience)
            b.Add($"f.experience = {b.Param((int)experience)}");
        if (q.ExperienceExigence is { } exigence)
            b.Add($"f.experience_exige = {b.Param(exigence.ToString())}");

        if (q.TypesContrat.Count > 0 && q.NaturesContrat.Count > 0)
            b.Add($"(f.type_contrat IN ({b.Params(q.TypesContrat)}) OR f.nature_contrat IN ({b.Params(q.NaturesContrat)}))");
        else if (q.TypesContrat.Count > 0)
            b.Add($"f.type_contrat IN ({b.Params(q.TypesContrat)})");
        else if (q.NaturesContrat.Count > 0)
            b.Add($"f.nature_contrat IN ({b.Params(q.NaturesContrat)})");

        if (q.OrigineOffre is { } origine)
            b.Add($"f.origine = {b.Param(origine)}");
        if (q.Partenaires.Count > 0)
            b.Add($"f.source {(q.PartenairesExclus ? "NOT IN" : "IN")} ({b.Params(q.Partenaires)})");
        if (q.Qualification is { } qualification)
            b.Add(qualification == 9 ? "f.qualification = 9" : "f.qualification BETWEEN 1 AND 8");

        if (q.TempsPlein is { } tempsPlein)
            b.Add($"f.temps_plein = {(tempsPlein ? 1 : 0)}");
        if (q.DureeHebdoNonPrecisee)
            b.Add("f.temps_plein IS NULL");
        if (q.DureeHebdoMinMinutes is { } minMinutes)
            b.Add($"f.duree_hebdo >= {b.Param(minMinutes)}");
        if (q.DureeHebdoMaxMinutes is { } maxMinutes)
            b.Add($"f.duree_hebdo <= {b.Param(maxMinutes)}");
        if (q.DureeContratMinMois is { } minMois)
            b.Add($"f.duree_contrat_mois >= {b.Param((double)minMois)}");
        if (q.DureeContratMaxMois is { } maxMois)
            b.Add($"f.duree_contrat_mois <= {b.Param((double)maxMois)}");

        string? distanceOrder = null;
        if (q.Communes.Count > 0)
        {
            var (clause, distance) = CommuneClause(b, q.Communes, q.DistanceKm);
            b.Add(clause);
            distanceOrder = distance;
        }
        if (q.Departements.Count > 0)
        {
            var codes = q.InclureLimitrophes
                ? q.Departements.Concat(q.Departements.SelectMany(d => data.Geographie.NeighboursOf(d).Select(n => n.Code))).Distinct(StringComparer.Ordinal).ToList()
                : q.Departements.Distinct(StringComparer.Ordinal).ToList();
            b.Add($"f.departement IN ({b.Params(codes)})");
        }
        if (q.Region is { } region)
            b.Add($"f.region = {b.Param(region)}");

        if (q.NiveauFormation is not null || q.Permis is not null || q.SalaireMin is not null)
            throw new NotSupportedException("niveauFormation, permis et salaireMin ne sont pas dans le mélange de requêtes des bases SQL.");

        if (q.PublieeDepuisJours is { } days)
            b.Add($"f.date_creation >= {b.Param(now.AddDays(-days).Ticks)}");
        if (q.MinCreationDate is { } minDate)
            b.Add($"f.date_creation >= {b.Param(minDate.Ticks)}");
        if (q.MaxCreationDate is { } maxDate)
            b.Add($"f.date_creation <= {b.Param(maxDate.Ticks)}");

        Flag(b, "f.th", q.AccesTravailleurHandicape);
        Flag(b, "f.manque_candidats", q.OffresManqueCandidats);
        if (q.EntreprisesAdaptees == true && q.EmployeursHandiEngages == true)
            b.Add("(f.entreprise_adaptee = 1 OR f.handi_engage = 1)");
        else
        {
            Flag(b, "f.entreprise_adaptee", q.EntreprisesAdaptees);
            Flag(b, "f.handi_engage", q.EmployeursHandiEngages);
        }
        Flag(b, "f.alternance", q.Alternance);

        var distinctTerms = textTerms.Distinct(StringComparer.Ordinal).ToList();
        string? textMatch = distinctTerms.Count == 0 ? null : dialect == SqlDialect.Sqlite ? Fts5Or(distinctTerms) : TsQueryOr(distinctTerms);
        return new BuiltQuery(b.Where, b.Parameters, textMatch, distanceOrder);
    }

    /// <summary>
    /// commune + distance, as the index's geo match: an offer in a query commune (Paris, Lyon and
    /// Marseille's city codes standing for their arrondissements too) matches whatever its
    /// coordinates; with a distance above 0, an offer with coordinates within the radius of a query
    /// commune's centre matches too (bounding box for the B-tree, then the haversine distance
    /// computed as <see cref="GeoMath.DistanceKm"/> does). Also returns the distance to the nearest
    /// centre, for the index's tie-break of equal creation times.
    /// </summary>
    private (string Clause, string? Distance) CommuneClause(Builder b, IReadOnlyList<string> communes, double distanceKm)
    {
        var alternatives = new List<string>();
        var distances = new List<string>();
        var codes = new List<string>();
        foreach (var code in communes.Distinct(StringComparer.Ordinal))
        {
            codes.Add(code);
            codes.AddRange(data.Geographie.ArrondissementsOf(code).Select(a => a.CodeInsee));
            var commune = data.Geographie.CommuneByInsee(code);
            if (commune?.Latitude is not { } lat || commune.Longitude is not { } lon)
                continue;
            var pLat = b.Param(lat);
            var pLon = b.Param(lon);
            // The same formula and operation order as GeoMath.DistanceKm.
            var distance =
                $"(2.0 * {GeoMath.EarthRadiusKm.ToString("R", CultureInfo.InvariantCulture)} * asin({Min1(dialect)}sqrt("
                + $"sin((f.lat - {pLat}) * {DegToRad} * 0.5) * sin((f.lat - {pLat}) * {DegToRad} * 0.5)"
                + $" + cos({pLat} * {DegToRad}) * cos(f.lat * {DegToRad}) * sin((f.lon - {pLon}) * {DegToRad} * 0.5) * sin((f.lon - {pLon}) * {DegToRad} * 0.5)))))";
            distances.Add(distance);
            if (distanceKm <= 0)
                continue;
            var box = GeoBox.Around(lat, lon, distanceKm);
            alternatives.Add(
                $"(f.lat BETWEEN {b.Param(box.MinLat)} AND {b.Param(box.MaxLat)}"
                + (double.IsInfinity(box.MinLon) ? "" : $" AND f.lon BETWEEN {b.Param(box.MinLon)} AND {b.Param(box.MaxLon)}")
                + $" AND {distance} <= {b.Param(distanceKm)})");
        }
        alternatives.Insert(0, $"f.commune IN ({b.Params(codes.Distinct(StringComparer.Ordinal).ToList())})");
        var nearest = distances.Count switch
        {
            0 => null,
            1 => distances[0],
            _ => $"{(dialect == SqlDialect.Sqlite ? "min" : "least")}({string.Join(", ", distances)})",
        };
        return ($"({string.Join(" OR ", alternatives)})", nearest);
    }

    private static readonly string DegToRad = (Math.PI / 180.0).ToString("R", CultureInfo.InvariantCulture);

    private static string Min1(SqlDialect dialect) => dialect == SqlDialect.Sqlite ? "min(1.0, " : "least(1.0, ";

    private static void Flag(Builder b, string column, bool? value)
    {
        if (value is { } v)
            b.Add($"{column} = {(v ? 1 : 0)}");
    }

    private static string Fts5And(IEnumerable<string> terms) => string.Join(" AND ", terms.Select(t => "\"" + t + "\""));

    private static string Fts5Or(IEnumerable<string> terms) => string.Join(" OR ", terms.Select(t => "\"" + t + "\""));

    private static string TsQueryAnd(IEnumerable<string> terms) => string.Join(" & ", terms.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'"));

    private static string TsQueryOr(IEnumerable<string> terms) => string.Join(" | ", terms.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'"));

    private sealed class Builder(SqlDialect dialect)
    {
        private readonly List<string> _clauses = [];
        private readonly List<KeyValuePair<string, object>> _parameters = [];

        public IReadOnlyList<KeyValuePair<string, object>> Parameters => _parameters;

        public string Where => _clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _clauses);

        public void Add(string clause) => _clauses.Add(clause);

        public string Param(object value)
        {
            var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
            _parameters.Add(new(name, value));
            // PostgreSQL infers a parameter's type from its first use; doubles compared with
            // double precision columns need no cast, text needs none either.
            return dialect == SqlDialect.Postgres && value is double ? $"CAST({name} AS double precision)" : name;
        }

        public string Params(IReadOnlyList<string> values)
        {
            var names = new StringBuilder();
            foreach (var v in values)
            {
                if (names.Length > 0)
                    names.Append(", ");
                names.Append(Param(v));
            }
            return names.ToString();
        }
    }
}
