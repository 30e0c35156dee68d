using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEmploi.Storage;

namespace OpenEmploi.Mirror.Database;

/// <summary>
/// The mirror's own database (SQLite file or PostgreSQL schema): the offers as published, and the
/// state row. Every change goes through a <see cref="MirrorTransaction"/> that commits offers and
/// cursor together, so a mirror stopped at any point (crash, Ctrl-C, kill) resumes exactly.
/// </summary>
public sealed class MirrorDatabase : IAsyncDisposable
{
    private readonly DbConnection _connection;

    private MirrorDatabase(DbConnection connection, StoreLocation location)
    {
        _connection = connection;
        Location = location;
    }

    public StoreLocation Location { get; }

    /// <summary>Opens (creating it when new) the database at <paramref name="location"/>.</summary>
    public static async Task<MirrorDatabase> OpenAsync(StoreLocation location, CancellationToken ct)
    {
        DbConnection connection;
        if (location.Kind == StoreKind.Sqlite)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(location.SqlitePath));
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
            connection = new SqliteConnection(location.ConnectionString);
        }
        else
        {
            connection = new NpgsqlConnection(location.ConnectionString);
        }
        try
        {
            await connection.OpenAsync(ct);
            if (location.Kind == StoreKind.Sqlite)
            {
                // WAL: applications read the mirror while it is written. synchronous=NORMAL may lose
                // the last commits on a power cut, never consistency: offers and cursor go back together.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", ct);
            }
            await ExecuteAsync(connection, null, MirrorSql.CreateSchema, ct);
            return new MirrorDatabase(connection, location);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<MirrorState> ReadStateAsync(CancellationToken ct)
    {
        await using var command = Command(null, MirrorSql.SelectState);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw new InvalidOperationException("Table mirror_state sans sa ligne : base miroir abîmée.");
        return new MirrorState(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetInt64(5),
            reader.IsDBNull(6) ? null : DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
            reader.GetInt64(7),
            reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture));
    }

    public async Task<long> CountOffresAsync(CancellationToken ct)
    {
        await using var command = Command(null, MirrorSql.CountOffres);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Every offer of the mirror (id → the offer's JSON text), for checks and small mirrors.</summary>
    public async Task<Dictionary<string, string>> ReadOffresAsync(CancellationToken ct)
    {
        var offres = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Command(null, "SELECT id, offre FROM mirror_offres");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            offres[reader.GetString(0)] = reader.GetString(1);
        return offres;
    }

    /// <summary>Starts the transaction of a snapshot or of a page; nothing of it is visible until its commit.</summary>
    public async Task<MirrorTransaction> BeginAsync(MirrorState expected, CancellationToken ct) =>
        new(this, await _connection.BeginTransactionAsync(ct), expected.Version);

    internal DbCommand Command(DbTransaction? transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
