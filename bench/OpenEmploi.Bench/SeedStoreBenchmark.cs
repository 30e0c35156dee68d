using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.DemoData;

namespace OpenEmploi.Bench;

/// <summary>
/// What `openemploi seed` does, measured through the same <see cref="OffreSeeder"/>: generate N
/// offers (on the second core) and bulk-store them with their change-log rows into a fresh store. The target: one million offers into SQLite in
/// under two minutes on 2 cores.
/// </summary>
internal static class SeedStoreBenchmark
{
    // A fixed reference time keeps the generated base identical from run to run.
    public static readonly DateTime ReferenceNow = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);

    public static async Task RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (location.Kind == StoreKind.Sqlite)
            DeleteSqliteFiles(location.SqlitePath);

        var data = ReferenceData.LoadDefault();
        await using var store = OffreStoreFactory.Open(location, TimeProvider.System);
        await store.MigrateAsync();
        if (await store.CountOffersAsync() > 0)
            throw new InvalidOperationException("La base doit être vide pour ce banc d'essai.");

        var seeder = new OffreSeeder(store, data, new FixedClock(ReferenceNow));
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var progress = new Progress<long>(n =>
        {
            if (watch.Elapsed - lastReport < TimeSpan.FromSeconds(10))
                return;
            lastReport = watch.Elapsed;
            Console.WriteLine($"  {n:N0} offers after {watch.Elapsed.TotalSeconds:F0} s");
        });
        var inserted = (await seeder.SeedAsync(new SeedRequest(options.Offers, options.Seed, Append: false), progress, CancellationToken.None)).Inserted;
        watch.Stop();

        var perSecond = inserted / watch.Elapsed.TotalSeconds;
        var size = location.Kind == StoreKind.Sqlite ? $", file {new FileInfo(location.SqlitePath).Length / (1024.0 * 1024.0):N0} MiB" : "";
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"seed-store {location.Kind}: {inserted:N0} offers in {watch.Elapsed.TotalSeconds:F1} s, {perSecond:N0} offers/s{size}");
        Console.WriteLine($"| generate + store, {location.Kind} | {inserted:N0} | {watch.Elapsed.TotalSeconds:F1} s | {perSecond:N0} offers/s | {Machine.PeakWorkingSetMiB():N0} MiB peak |");
    }

    /// <summary>
    /// For the other benchmarks: leaves a SQLite store that already holds exactly
    /// <paramref name="offers"/> offers alone, and otherwise seeds a fresh one as <see cref="RunAsync"/> does.
    /// </summary>
    public static async Task EnsureSeededAsync(StoreLocation location, int offers, int seed)
    {
        if (location.Kind == StoreKind.Sqlite && File.Exists(location.SqlitePath))
        {
            await using var existing = OffreStoreFactory.Open(location, TimeProvider.System);
            await existing.MigrateAsync();
            var count = await existing.CountOffersAsync();
            if (count == offers)
            {
                Console.WriteLine($"store {location.Display}: {count:N0} offers already, not seeded again");
                return;
            }
        }
        await RunAsync(new BenchOptions(offers, seed, location.Setting));
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }

    private static void DeleteSqliteFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(path + suffix))
                File.Delete(path + suffix);
        }
    }
}
