using System.Diagnostics;
using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.OpenData;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;

namespace OpenEmploi.Bench;

/// <summary>
/// The open dataset's export rate: a base of N generated offers, a third of whose descriptions
/// carry a recruiter's contact (so the scrubber has work), exported as `openemploi export` does;
/// prints offers/s, the files' sizes and the replacements.
/// </summary>
internal static class ExportBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        await using var store = OffreStoreFactory.Open(location, TimeProvider.System);
        await store.MigrateAsync();
        var count = await store.CountOffersAsync();
        if (count != options.Offers)
        {
            if (count > 0)
                throw new InvalidOperationException($"La base contient {count:N0} offres, pas {options.Offers:N0} : donnez une base vide ou déjà remplie par ce banc.");
            var generator = new OffreGenerator(new GeneratorContext(ReferenceData.LoadDefault()), new OffreGeneratorOptions
            {
                Seed = options.Seed,
                Now = SeedStoreBenchmark.ReferenceNow,
                ContactShare = 0.35,
            });
            await store.UpsertSourcesAsync(generator.Partenaires);
            var seedWatch = Stopwatch.StartNew();
            await store.BulkInsertAsync(generator.GenerateParallel(0, options.Offers).Select(o => o.Entry));
            Console.WriteLine($"seeded {options.Offers:N0} offers (35 % with contacts) in {seedWatch.Elapsed.TotalSeconds:F0} s");
        }

        var folder = Directory.CreateTempSubdirectory("oe-export-bench-").FullName;
        try
        {
            Console.WriteLine($"machine: {Machine.Describe()}");
            foreach (var parallelism in options.Parallelism.Count > 0 ? options.Parallelism : [Environment.ProcessorCount])
            {
                var load = LoadAverage();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var exporter = new OpenDataExporter(store, new ExportDirectory(Path.Combine(folder, parallelism.ToString(CultureInfo.InvariantCulture))), TimeProvider.System)
                {
                    Parallelism = parallelism,
                };
                var export = await exporter.ExportAsync(CancellationToken.None);
                watch.Stop();
                // The process's CPU time (user + sys, every thread): what the export costs whatever else runs on the machine.
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var manifest = export.Manifest;
                var perSecond = manifest.Offres / watch.Elapsed.TotalSeconds;
                var csv = manifest.File(ExportFileNames.Csv).Taille / (1024.0 * 1024.0);
                var jsonl = manifest.File(ExportFileNames.JsonLines).Taille / (1024.0 * 1024.0);
                var r = manifest.Remplacements;
                Console.WriteLine($"export {location.Kind}, parallelism {parallelism}: {manifest.Offres:N0} offers in {watch.Elapsed.TotalSeconds:F1} s, {perSecond:N0} offers/s; "
                    + $"CPU {cpuSeconds:F1} s = {cpuSeconds * 1_000_000 / manifest.Offres:N0} µs per offer ({cpuSeconds / watch.Elapsed.TotalSeconds:F2} cores busy); load average {load} before, {LoadAverage()} after; csv.gz {csv:N1} MiB, jsonl.gz {jsonl:N1} MiB");
                Console.WriteLine($"replaced: {r.Courriels:N0} e-mails, {r.Telephones:N0} phones, {r.Liens:N0} links, {r.Adresses:N0} addresses, {r.Noms:N0} names, {r.Entreprises:N0} employer mentions");
                if (manifest.Generalisations is { } g)
                    Console.WriteLine($"rare cells (k = {g.Seuil}): {g.CommuneVersDepartement:N0} rows to their département, {g.VersRegion:N0} to their région, {g.SecteurRetire:N0} without sector");
                Console.WriteLine($"| open-data export, {location.Kind}, {parallelism} thread(s) | {manifest.Offres:N0} | {watch.Elapsed.TotalSeconds:F1} s | {perSecond:N0} offers/s | {cpuSeconds * 1_000_000 / manifest.Offres:N0} µs CPU per offer | csv.gz {csv:N0} MiB, jsonl.gz {jsonl:N0} MiB | {Machine.PeakWorkingSetMiB():N0} MiB peak |");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to tell a quiet machine from a shared one.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
