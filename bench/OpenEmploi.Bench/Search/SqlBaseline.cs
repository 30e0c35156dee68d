using System.Data.Common;
using System.Globalization;
using System.Text;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Bench.Search;

/// <summary>
/// A SQL engine's search over the side table <c>search_facts</c>: one statement counts the total
/// and every requested facet over the filtered set (a materialised CTE grouped once per facet),
/// one statement reads the window in order.
/// </summary>
internal abstract class SqlBaseline(DbConnection connection, BaselineSql sql) : ISearchEngine
{
    public abstract string Name { get; }

    protected DbConnection Connection => connection;

    public SearchResult Search(SearchQuery query, DateTime now)
    {
        var built = sql.Build(query, now);
        var (total, facets) = CountAndFacets(query, built);
        var ids = total == 0 || query.End < query.Start ? [] : Window(query, built);
        return new SearchResult(ids, total, facets);
    }

    private (int Total, IReadOnlyList<FacetCounts> Facets) CountAndFacets(SearchQuery query, BuiltQuery built)
    {
        var text = new StringBuilder("WITH m AS MATERIALIZED (SELECT ");
        if (query.Facets.Count == 0)
            text.Append("1 AS f0");
        for (var i = 0; i < query.Facets.Count; i++)
        {
            if (i > 0)
                text.Append(", ");
            text.Append(BaselineSql.FacetExpression(query.Facets[i])).Append(" AS f").Append(i.ToString(CultureInfo.InvariantCulture));
        }
        text.Append(" FROM search_facts f ").Append(built.Where).Append(")\nSELECT -1, NULL, count(*) FROM m");
        for (var i = 0; i < query.Facets.Count; i++)
        {
            var column = "f" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"\nUNION ALL SELECT {i}, {column}, count(*) FROM m WHERE {column} IS NOT NULL GROUP BY {column}");
        }

        var total = 0;
        var values = query.Facets.Select(_ => new List<FacetValue>()).ToArray();
        using var command = Command(text.ToString(), built.Parameters);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var facet = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
                var count = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                if (facet < 0)
                    total = count;
                else
                    values[facet].Add(new FacetValue(reader.GetString(1), count));
            }
        }
        var facets = query.Facets
            .Select((kind, i) => new FacetCounts(kind, [.. values[i].OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)]))
            .ToList();
        return (total, facets);
    }

    private List<string> Window(SearchQuery query, BuiltQuery built)
    {
        var parameters = built.Parameters.ToList();
        string from = "search_facts f";
        string order;
        if (query.Sort == SearchSort.Relevance && built.TextMatch is { } match)
        {
            parameters.Add(new("@tm", match));
            (from, order) = RelevanceOrder();
        }
        else if (query.Sort is SearchSort.Date or SearchSort.Relevance)
        {
            // The index breaks equal creation times by relevance (not reproducible here, so windows
            // are compared only without keywords), then distance, then id.
            order = built.Distance is { } distance
                ? $"f.date_creation DESC, ({distance}) IS NULL, {distance}, f.id"
                : "f.date_creation DESC, f.id";
        }
        else
        {
            throw new NotSupportedException("Le tri par distance n'est pas dans le mélange de requêtes des bases SQL.");
        }
        var text = $"SELECT f.id FROM {from} {built.Where} ORDER BY {order} LIMIT {query.End - query.Start + 1} OFFSET {query.Start}";
        var ids = new List<string>(query.End - query.Start + 1);
        using var command = Command(text, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>The FROM clause and ORDER BY of a relevance sort; the text query is parameter @tm (terms OR-ed).</summary>
    protected abstract (string From, string OrderBy) RelevanceOrder();

    protected DbCommand Command(string text, IEnumerable<KeyValuePair<string, object>> parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text comes from BaselineSql; every value is a parameter.
        command.CommandText = text;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    protected void Execute(string text)
    {
        using var command = Command(text, []);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    protected object? Scalar(string text)
    {
        using var command = Command(text, []);
        return command.ExecuteScalar();
    }

    /// <summary>Offers per département and per ROME code, for the query mix.</summary>
    public BaseProfile ReadProfile()
    {
        static Dictionary<string, int> Counts(SqlBaseline engine, string column)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            using var command = engine.Command($"SELECT {column}, count(*) FROM search_facts WHERE {column} IS NOT NULL GROUP BY {column}", []);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            return counts;
        }
        return new BaseProfile(Counts(this, "departement"), Counts(this, "rome_code"), Counts(this, "commune"));
    }

    public void Dispose()
    {
        connection.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>How the generated base is spread, for drawing realistic queries: offers per département, ROME code and commune.</summary>
internal sealed record BaseProfile(
    IReadOnlyDictionary<string, int> Departements,
    IReadOnlyDictionary<string, int> CodesRome,
    IReadOnlyDictionary<string, int> Communes);
