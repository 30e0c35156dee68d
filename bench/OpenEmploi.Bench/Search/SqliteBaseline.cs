using Microsoft.Data.Sqlite;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Bench.Search;

/// <summary>
/// Baseline 1: SQLite. <c>search_facts</c> (one row per offer, B-tree indexes on the filtered
/// columns) plus a contentless FTS5 table <c>search_text</c> over the pre-analysed text of the four
/// fields, in a file next to the store (<c>PATH.search.db</c>).
/// </summary>
internal sealed class SqliteBaseline : SqlBaseline
{
    private static readonly string[] TextParameterNames = ["$d", "$t", "$m", "$c", "$x"];

    private SqliteBaseline(SqliteConnection connection, BaselineSql sql)
        : base(connection, sql)
    {
    }

    public override string Name => "SQLite FTS5 + SQL";

    /// <summary>Opens the side tables, after <see cref="BuildAsync"/>, for querying on one connection.</summary>
    public static SqliteBaseline Open(string path, ReferenceData data, JobTitleSynonyms synonyms)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var engine = new SqliteBaseline(connection, new BaselineSql(SqlDialect.Sqlite, data, synonyms));
        // A generous page cache and memory-mapped reads: the baseline gets the memory the index gets.
        engine.Execute("PRAGMA cache_size = -1048576; PRAGMA mmap_size = 8589934592; PRAGMA temp_store = MEMORY;");
        return engine;
    }

    /// <summary>Replaces the side tables with the given offers; returns how many were written.</summary>
    public static async Task<long> BuildAsync(string path, IAsyncEnumerable<AnalysedOffer[]> batches)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            if (File.Exists(path + suffix))
                File.Delete(path + suffix);
        }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        void Execute(string text)
        {
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant DDL
            command.CommandText = text;
#pragma warning restore CA2100
            command.ExecuteNonQuery();
        }
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY;");
        Execute("""
            CREATE TABLE search_facts (
                doc INTEGER PRIMARY KEY, id TEXT NOT NULL, date_creation INTEGER NOT NULL,
                rome_code TEXT, appellation TEXT, domaine TEXT, grand_domaine TEXT, code_naf TEXT, secteur TEXT,
                experience_exige TEXT, experience INTEGER NOT NULL, type_contrat TEXT, nature_contrat TEXT, duree_contrat_mois REAL,
                origine INTEGER NOT NULL, source TEXT NOT NULL, qualification INTEGER, temps_plein INTEGER, duree_hebdo INTEGER,
                commune TEXT, lat REAL, lon REAL, departement TEXT, region TEXT,
                salaire_periode INTEGER, salaire_min REAL, salaire_max REAL,
                th INTEGER NOT NULL, manque_candidats INTEGER NOT NULL, entreprise_adaptee INTEGER NOT NULL, handi_engage INTEGER NOT NULL, alternance INTEGER NOT NULL);
            CREATE VIRTUAL TABLE search_text USING fts5(titre, metier, competences, description, content='', tokenize='unicode61 remove_diacritics 0');
            """);

        var columns = BaselineSql.FactColumns;
        using var insertFacts = connection.CreateCommand();
#pragma warning disable CA2100 // built from the constant column list
        insertFacts.CommandText = $"INSERT INTO search_facts ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$c" + i))})";
#pragma warning restore CA2100
        var factParameters = columns.Select((_, i) => insertFacts.Parameters.Add(new SqliteParameter("$c" + i, null))).ToArray();
        using var insertText = connection.CreateCommand();
        insertText.CommandText = "INSERT INTO search_text (rowid, titre, metier, competences, description) VALUES ($d, $t, $m, $c, $x)";
        var textParameters = TextParameterNames.Select(n => insertText.Parameters.Add(new SqliteParameter(n, null))).ToArray();

        long doc = 0;
        var transaction = connection.BeginTransaction();
        insertFacts.Transaction = transaction;
        insertText.Transaction = transaction;
        await foreach (var batch in batches)
        {
            foreach (var offer in batch)
            {
                var values = FactValues(doc, offer);
                for (var i = 0; i < values.Length; i++)
                    factParameters[i].Value = values[i] ?? DBNull.Value;
                insertFacts.ExecuteNonQuery();
                textParameters[0].Value = doc;
                textParameters[1].Value = offer.Titre;
                textParameters[2].Value = offer.Metier;
                textParameters[3].Value = offer.Competences;
                textParameters[4].Value = offer.Description;
                insertText.ExecuteNonQuery();
                doc++;
            }
            if (doc % 100_000 < batch.Length)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insertFacts.Transaction = transaction;
                insertText.Transaction = transaction;
            }
        }
        transaction.Commit();
        transaction.Dispose();

        Execute("""
            CREATE INDEX search_facts_date ON search_facts (date_creation);
            CREATE INDEX search_facts_departement ON search_facts (departement, date_creation);
            CREATE INDEX search_facts_rome ON search_facts (rome_code, date_creation);
            CREATE INDEX search_facts_commune ON search_facts (commune);
            CREATE INDEX search_facts_lat ON search_facts (lat, lon);
            CREATE INDEX search_facts_type_contrat ON search_facts (type_contrat, date_creation);
            INSERT INTO search_text (search_text) VALUES ('optimize');
            ANALYZE;
            """);
        return doc;
    }

    /// <summary>The row of <c>search_facts</c> in <see cref="BaselineSql.FactColumns"/> order (booleans as 0/1, dates as ticks).</summary>
    public static object?[] FactValues(long doc, AnalysedOffer offer)
    {
        var f = offer.Facts;
        return
        [
            doc, f.Id, f.DateCreation.Ticks, f.RomeCode, f.AppellationCode, f.Domaine, f.GrandDomaine, f.CodeNaf, f.SecteurActivite,
            f.ExperienceExige?.ToString(), (int)f.Experience, f.TypeContrat, f.NatureContrat, (double?)f.DureeContratMois, f.Origine, f.Source,
            f.QualificationCode, f.TempsPlein is { } tp ? (tp ? 1 : 0) : null, f.DureeHebdoMinutes,
            f.Commune, f.Latitude, f.Longitude, f.Departement, f.Region,
            f.SalairePeriode is { } sp ? (int)sp : null, (double?)f.SalaireMin, (double?)f.SalaireMax,
            f.AccessibleTH ? 1 : 0, f.OffresManqueCandidats ? 1 : 0, f.EntrepriseAdaptee ? 1 : 0, f.EmployeurHandiEngage ? 1 : 0, f.Alternance ? 1 : 0,
        ];
    }

    protected override (string From, string OrderBy) RelevanceOrder() =>
        ("search_facts f LEFT JOIN (SELECT rowid AS doc, bm25(search_text, 4.0, 2.0, 1.5, 1.0) AS score FROM search_text WHERE search_text MATCH @tm) t ON t.doc = f.doc",
         "t.score IS NULL, t.score, f.date_creation DESC, f.id");
}
