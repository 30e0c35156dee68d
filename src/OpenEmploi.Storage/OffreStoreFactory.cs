using OpenEmploi.Storage.Postgres;
using OpenEmploi.Storage.Sql;
using OpenEmploi.Storage.Sqlite;

namespace OpenEmploi.Storage;

public static class OffreStoreFactory
{
    /// <summary>
    /// Opens a store without touching its schema: call <see cref="IOffreStore.MigrateAsync"/> for
    /// the embedded default; a PostgreSQL deployment runs `openemploi migrate`. For SQLite the
    /// file's folder is created when missing.
    /// </summary>
    public static IOffreStore Open(StoreLocation location, TimeProvider time) => Open(location, time, OffreStoreOptions.Default);

    public static IOffreStore Open(StoreLocation location, TimeProvider time, OffreStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(location);
        SqlDialect dialect;
        switch (location.Kind)
        {
            case StoreKind.Sqlite:
                var folder = Path.GetDirectoryName(Path.GetFullPath(location.SqlitePath));
                if (!string.IsNullOrEmpty(folder))
                    Directory.CreateDirectory(folder);
                dialect = new SqliteDialect(location);
                break;
            case StoreKind.Postgres:
                dialect = new PostgresDialect(location);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(location), location.Kind, "Type de stockage inconnu.");
        }
        return new SqlOffreStore(dialect, time, options);
    }
}
