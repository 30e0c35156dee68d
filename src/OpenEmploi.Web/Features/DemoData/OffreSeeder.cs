using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.DemoData;

/// <summary>What to seed.</summary>
/// <param name="Offers">How many offers to generate.</param>
/// <param name="Seed">The generator's seed: same seed, same offers.</param>
/// <param name="Append">Add to a non-empty base, continuing the seed's sequence.</param>
/// <param name="ApplyBaseUrl">The host the generated partner offers' apply links use.</param>
/// <param name="ContactShare">Share of generated descriptions that end with the recruiter's contact details, as real postings do (the store removes them).</param>
public sealed record SeedRequest(int Offers, int Seed, bool Append, string ApplyBaseUrl = "http://localhost:5000", double ContactShare = 0);

public sealed record SeedResult(long Inserted, long FirstIndex, long OffersInStore);

/// <summary>
/// Fills a store with generated offers: the demo data of a first run and `openemploi seed`.
/// A non-empty base is only touched with <see cref="SeedRequest.Append"/>. Appending continues the
/// generator where the previous run with the same seed stopped, with that run's reference time, so
/// ids never collide and "seed 100 then append 50" gives the same base as "seed 150".
/// </summary>
public sealed class OffreSeeder(IOffreStore store, ReferenceData referenceData, TimeProvider time)
{
    public async Task<SeedResult> SeedAsync(SeedRequest request, IProgress<long>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Offers);
        var existing = await store.CountOffersAsync(ct);
        if (existing > 0 && !request.Append)
        {
            throw new SeedRefusedException(
                $"La base contient déjà {existing} offres : ajoutez --append pour y ajouter des offres générées.");
        }

        var state = await GeneratorState.ReadAsync(store, request.Seed, time, ct);
        var generator = new OffreGenerator(referenceData, new OffreGeneratorOptions
        {
            Seed = request.Seed,
            Now = state.Now,
            ApplyBaseUrl = request.ApplyBaseUrl,
            ContactShare = request.ContactShare,
        });

        await store.UpsertSourcesAsync(generator.Partenaires, ct);
        // Generation runs on the other core while this thread serialises and writes.
        var inserted = await store.BulkInsertAsync(generator.GenerateParallel(state.NextIndex, request.Offers).Select(o => o.Entry), progress, ct);
        // Written after the offers: if a run dies half-way, the next append fails on the first
        // duplicate id with a clear message instead of silently skipping offers.
        await (state with { NextIndex = state.NextIndex + inserted }).WriteAsync(store, request.Seed, ct);
        return new SeedResult(inserted, state.NextIndex, await store.CountOffersAsync(ct));
    }

    /// <summary>Where a seed's sequence stands in a store, kept in the store's metadata.</summary>
    private sealed record GeneratorState(long NextIndex, DateTime Now)
    {
        public static async Task<GeneratorState> ReadAsync(IOffreStore store, int seed, TimeProvider time, CancellationToken ct)
        {
            var next = await store.GetMetadataAsync(Key(seed, "next"), ct);
            var now = await store.GetMetadataAsync(Key(seed, "now"), ct);
            return new GeneratorState(
                next is null ? 0 : long.Parse(next, CultureInfo.InvariantCulture),
                now is null ? time.GetUtcNow().UtcDateTime : DateTime.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }

        public async Task WriteAsync(IOffreStore store, int seed, CancellationToken ct)
        {
            await store.SetMetadataAsync(Key(seed, "next"), NextIndex.ToString(CultureInfo.InvariantCulture), ct);
            await store.SetMetadataAsync(Key(seed, "now"), Now.ToString("O", CultureInfo.InvariantCulture), ct);
        }

        private static string Key(int seed, string name) =>
            string.Create(CultureInfo.InvariantCulture, $"datagen.offres.seed.{seed}.{name}");
    }
}

public sealed class SeedRefusedException(string message) : InvalidOperationException(message);
