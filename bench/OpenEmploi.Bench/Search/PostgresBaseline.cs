using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Bench.Search;

/// <summary>
/// Baseline 2: PostgreSQL. <c>search_facts</c> with the same columns, a <c>tsvector</c> of the
/// pre-analysed terms (built as is, no parser or dictionary: the 'simple' configuration would only
/// lower-case what is already folded) under a GIN index, and B-tree indexes on the filtered columns.
/// Parallel query is off so that one query uses one core, like the other engines.
/// </summary>
internal sealed class PostgresBaseline : SqlBaseline
{
    private static readonly NpgsqlDbType?[] ColumnTypes =
    [
        NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
        NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Integer, NpgsqlDbType.Double, NpgsqlDbType.Double,
        NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
    ];

    private PostgresBaseline(NpgsqlConnection connection, BaselineSql sql)
        : base(connection, sql)
    {
    }

    public override string Name => "PostgreSQL tsvector/GIN + SQL";

    public static PostgresBaseline Open(string connectionString, ReferenceData data, JobTitleSynonyms synonyms)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var engine = new PostgresBaseline(connection, new BaselineSql(SqlDialect.Postgres, data, synonyms));
        engine.Execute("SET max_parallel_workers_per_gather = 0; SET work_mem = '256MB'; SET jit = off;");
        return engine;
    }

    public static async Task<long> BuildAsync(string connectionString, IAsyncEnumerable<AnalysedOffer[]> batches)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task Execute(string text)
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant DDL
            command.CommandText = text;
#pragma warning restore CA2100
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }
        await Execute("""
            DROP TABLE IF EXISTS search_facts;
            CREATE TABLE search_facts (
                doc integer PRIMARY KEY, id text NOT NULL, date_creation bigint NOT NULL,
                rome_code text, appellation text, domaine text, grand_domaine text, code_naf text, secteur text,
                experience_exige text, experience integer NOT NULL, type_contrat text, nature_contrat text, duree_contrat_mois double precision,
                origine integer NOT NULL, source text NOT NULL, qualification integer, temps_plein integer, duree_hebdo integer,
                commune text, lat double precision, lon double precision, departement text, region text,
                salaire_periode integer, salaire_min double precision, salaire_max double precision,
                th integer NOT NULL, manque_candidats integer NOT NULL, entreprise_adaptee integer NOT NULL, handi_engage integer NOT NULL, alternance integer NOT NULL,
                tsv tsvector NOT NULL);
            """);

        long doc = 0;
        var columns = string.Join(", ", BaselineSql.FactColumns) + ", tsv";
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY search_facts ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            await foreach (var batch in batches)
            {
                foreach (var offer in batch)
                {
                    await writer.StartRowAsync();
                    var values = SqliteBaseline.FactValues(doc, offer);
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (values[i] is null)
                            await writer.WriteNullAsync();
                        else if (values[i] is long l && ColumnTypes[i] == NpgsqlDbType.Integer)
                            await writer.WriteAsync((int)l, NpgsqlDbType.Integer);
                        else
                            await writer.WriteAsync(values[i], ColumnTypes[i]!.Value);
                    }
                    await writer.WriteAsync(TsVector(offer), NpgsqlDbType.TsVector);
                    doc++;
                }
            }
            await writer.CompleteAsync();
        }

        await Execute("""
            CREATE INDEX search_facts_tsv ON search_facts USING gin (tsv);
            CREATE INDEX search_facts_date ON search_facts (date_creation);
            CREATE INDEX search_facts_departement ON search_facts (departement, date_creation);
            CREATE INDEX search_facts_rome ON search_facts (rome_code, date_creation);
            CREATE INDEX search_facts_commune ON search_facts (commune);
            CREATE INDEX search_facts_lat ON search_facts (lat, lon);
            CREATE INDEX search_facts_type_contrat ON search_facts (type_contrat, date_creation);
            """);
        await Execute("VACUUM ANALYZE search_facts");
        return doc;
    }

    /// <summary>Bytes of the side table with its indexes and TOAST.</summary>
    public object? TableSize() => Scalar("SELECT pg_total_relation_size('search_facts')");

    private static NpgsqlTsVector TsVector(AnalysedOffer offer)
    {
        // Lexemes quoted, so that tsvector input takes each term verbatim.
        var text = string.Join(' ', offer.AllTerms().Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'"));
        // Obsolete because it cannot mimic PostgreSQL's parser in general; quoted lexemes of
        // letters or digits are read verbatim on both sides.
#pragma warning disable CS0618
        return NpgsqlTsVector.Parse(text);
#pragma warning restore CS0618
    }

    protected override (string From, string OrderBy) RelevanceOrder() =>
        ("search_facts f", "ts_rank(f.tsv, CAST(@tm AS tsquery)) DESC, f.date_creation DESC, f.id");
}
