using Microsoft.Data.Sqlite;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>
/// Bulk insert into SQLite: one connection, prepared statements reused for every row, one
/// transaction per batch. SQLite calls are synchronous underneath, so the loop calls the
/// synchronous methods rather than paying a Task per statement.
/// </summary>
internal sealed class SqliteBulkLoader(SqliteDialect dialect, TimeProvider time, int batchSize)
{
    public async Task<long> RunAsync(IEnumerable<OffreEntry> offers, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenSqliteAsync(ct);
        await using (var pragma = connection.Command("PRAGMA cache_size = -262144")) // 256 MB while loading
            await pragma.ExecuteNonQueryAsync(ct);

        using var insert = Prepare(connection, OffreSql.Insert(dialect.JsonValueSql), OffreParameters);
        using var log = Prepare(connection, OffreSql.InsertChange, OffreSql.InsertChangeParameters);
        using var untomb = Prepare(connection, OffreSql.DeleteTombstone, "@id");
        using var anyTombstone = connection.Command(OffreSql.AnyTombstone);
        log.Parameters["@kind"].Value = (long)ChangeKind.Created;

        long committed = 0;
        using var enumerator = offers.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            ct.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = log.Transaction = untomb.Transaction = transaction;
            anyTombstone.Transaction = transaction;
            var tombstones = Convert.ToInt64(anyTombstone.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
            var now = OffreRow.ToStoreTime(time.GetUtcNow());
            var storedAt = dialect.ToDbTime(now);
            log.Parameters["@at"].Value = storedAt;
            var count = 0;
            while (more && count < batchSize)
            {
                var row = new OffreRow(enumerator.Current);
                Bind(insert.Parameters, row, storedAt);
                try
                {
                    insert.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (dialect.GetUniqueViolation(ex) is { } violation)
                {
                    transaction.Rollback();
                    throw SqlOffreStore.Duplicate(row, violation, committed, ex);
                }
                log.Parameters["@id"].Value = row.Id;
                log.Parameters["@rome_code"].Value = (object?)row.RomeCode ?? DBNull.Value;
                log.Parameters["@commune"].Value = (object?)row.Commune ?? DBNull.Value;
                log.Parameters["@departement"].Value = (object?)row.Departement ?? DBNull.Value;
                log.Parameters["@region"].Value = (object?)row.Region ?? DBNull.Value;
                log.ExecuteNonQuery();
                if (tombstones)
                {
                    untomb.Parameters["@id"].Value = row.Id;
                    untomb.ExecuteNonQuery();
                }
                count++;
                more = enumerator.MoveNext();
            }
            transaction.Commit();
            committed += count;
            progress?.Report(committed);
        }
        return committed;
    }

    private static readonly string[] OffreParameters =
    [
        "@id", "@source", "@source_id", "@date_creation", "@date_actualisation", "@rome_code", "@appellation_code",
        "@commune", "@code_postal", "@departement", "@region", "@type_contrat", "@code_naf", "@stored_at", "@json",
    ];

    private void Bind(SqliteParameterCollection p, in OffreRow row, object storedAt)
    {
        p[0].Value = row.Id;
        p[1].Value = row.Source;
        p[2].Value = (object?)row.SourceId ?? DBNull.Value;
        p[3].Value = dialect.ToDbDate(row.DateCreation);
        p[4].Value = dialect.ToDbDate(row.DateActualisation);
        p[5].Value = (object?)row.RomeCode ?? DBNull.Value;
        p[6].Value = (object?)row.AppellationCode ?? DBNull.Value;
        p[7].Value = (object?)row.Commune ?? DBNull.Value;
        p[8].Value = (object?)row.CodePostal ?? DBNull.Value;
        p[9].Value = (object?)row.Departement ?? DBNull.Value;
        p[10].Value = (object?)row.Region ?? DBNull.Value;
        p[11].Value = (object?)row.TypeContrat ?? DBNull.Value;
        p[12].Value = (object?)row.CodeNaf ?? DBNull.Value;
        p[13].Value = storedAt;
        p[14].Value = row.Json;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = (SqliteCommand)connection.Command(sql);
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        return command;
    }
}
