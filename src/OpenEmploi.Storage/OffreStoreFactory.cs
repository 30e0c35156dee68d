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

    public static IOffreStore Open(StoreLocation location, TimeProvider time, OffreStoreOptions options) =>
        new SqlOffreStore(CreateDialect(location), time, options);

    /// <summary>The provider of a location; every store over the same base (offers, applications) starts here.</summary>
    internal static SqlDialect CreateDialect(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        switch (location.Kind)
        {
            case StoreKind.Sqlite:
                var folder = Path.GetDirectoryName(Path.GetFullPath(location.SqlitePath));
                if (!string.IsNullOrEmpty(folder))
                    Directory.CreateDirectory(folder);
                return new SqliteDialect(location);
            case StoreKind.Postgres:
                return new PostgresDialect(location);
            default:
                throw new ArgumentOutOfRangeException(nameof(location), location.Kind, "Type de stockage inconnu.");
        }
    }
}
