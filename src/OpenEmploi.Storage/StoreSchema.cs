namespace OpenEmploi.Storage;

/// <summary>
/// What every program does before using a store: the embedded default migrates itself, a server
/// store must already be migrated (`openemploi migrate`) so that no schema change ever runs
/// silently against a production database.
/// </summary>
public static class StoreSchema
{
    public static async Task EnsureReadyAsync(IOffreStore store, CancellationToken ct = default)
    {
        if (store.Kind == StoreKind.Sqlite)
        {
            await store.MigrateAsync(ct);
            return;
        }
        var pending = await store.GetPendingMigrationsAsync(ct);
        if (pending.Count > 0)
        {
            throw new StoreNotMigratedException(
                $"Le schéma de la base n'est pas à jour : migration(s) {string.Join(", ", pending)} en attente. " +
                "Lancez « openemploi migrate --store ... » avant de démarrer.");
        }
    }
}

public sealed class StoreNotMigratedException(string message) : InvalidOperationException(message);
