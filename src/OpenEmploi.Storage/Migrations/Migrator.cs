using System.Data.Common;
using System.Globalization;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Migrations;

/// <summary>A numbered script, embedded from Migrations/{Provider}/NNNN_name.sql.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Applies the provider's numbered scripts in order, each in its own transaction together with its
/// schema_version row, so that a failed script leaves the database at the previous version.
/// Running it again applies nothing. Concurrent migrators wait for each other
/// (<see cref="SqlDialect.BeginMigrationAsync"/>) and read the applied versions only once they
/// hold the lock.
/// </summary>
internal sealed class Migrator(SqlDialect dialect, TimeProvider time)
{
    private readonly Lazy<IReadOnlyList<Migration>> _migrations = new(() => Load(dialect.MigrationFolder));

    public IReadOnlyList<Migration> Migrations => _migrations.Value;

    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var applied = 0;
        foreach (var migration in Migrations)
        {
            await using var transaction = await dialect.BeginMigrationAsync(connection, ct);
            await using (var create = connection.Command(dialect.CreateSchemaVersionTableSql, transaction))
                await create.ExecuteNonQueryAsync(ct);
            if ((await ReadAppliedAsync(connection, transaction, ct)).Contains(migration.Version))
                continue;
            await using (var script = connection.Command(migration.Sql, transaction))
                await script.ExecuteNonQueryAsync(ct);
            await using (var record = connection.Command(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", transaction))
            {
                record.Add("@version", migration.Version);
                record.Add("@name", migration.Name);
                record.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
                await record.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
            applied++;
        }
        return applied;
    }

    public async Task<int> GetVersionAsync(CancellationToken ct)
    {
        var applied = await ReadAppliedAsync(ct);
        return applied.Count == 0 ? 0 : applied.Max();
    }

    public async Task<IReadOnlyList<int>> GetPendingAsync(CancellationToken ct)
    {
        var applied = await ReadAppliedAsync(ct);
        return Migrations.Select(m => m.Version).Where(v => !applied.Contains(v)).ToList();
    }

    private async Task<HashSet<int>> ReadAppliedAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using (var exists = connection.Command(dialect.TableExistsSql))
        {
            exists.Add("@name", "schema_version");
            if (await exists.ScalarInt64Async(ct) == 0)
                return [];
        }
        return await ReadAppliedAsync(connection, null, ct);
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.Command("SELECT version FROM schema_version", transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(ct))
            versions.Add(reader.GetInt32(0));
        return versions;
    }

    /// <summary>Reads the embedded scripts of one provider, ordered by number; numbers must be unique.</summary>
    internal static IReadOnlyList<Migration> Load(string folder)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"{typeof(Migrator).Namespace}.{folder}.";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            var name = resource[prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
                throw new InvalidOperationException($"Migration mal nommée « {resource} » : attendu NNNN_nom.sql.");
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Ressource de migration introuvable : {resource}.");
            using var text = new StreamReader(stream);
            migrations.Add(new Migration(version, name, text.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
                throw new InvalidOperationException($"Deux migrations portent le numéro {migrations[i].Version} ({folder}).");
        }
        return migrations;
    }
}
