using System.Diagnostics;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.Bench;

/// <summary>The generator alone: offers per second including their JSON serialisation.</summary>
internal static class GeneratorBenchmark
{
    public static void Run(BenchOptions options)
    {
        var data = ReferenceData.LoadDefault();
        var generator = new OffreGenerator(data, new OffreGeneratorOptions { Seed = options.Seed, Now = SeedStoreBenchmark.ReferenceNow });

        // Warm-up: JIT and the generator's lazy tables.
        long bytes = 0;
        foreach (var entry in generator.Generate(0, 2_000))
            bytes += OffreJson.SerializeToUtf8(entry.Offre).Length;

        bytes = 0;
        var watch = Stopwatch.StartNew();
        foreach (var entry in generator.Generate(0, options.Offers))
            bytes += OffreJson.SerializeToUtf8(entry.Offre).Length;
        watch.Stop();

        var perSecond = options.Offers / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"generate {options.Offers:N0} offers (one thread, with JSON): {watch.Elapsed.TotalSeconds:F1} s, {perSecond:N0} offers/s, {bytes / (double)options.Offers:N0} bytes of JSON per offer");
        Console.WriteLine($"| generator alone, 1 thread | {options.Offers:N0} | {watch.Elapsed.TotalSeconds:F1} s | {perSecond:N0} offers/s | {Machine.PeakWorkingSetMiB():N0} MiB peak |");
    }
}
