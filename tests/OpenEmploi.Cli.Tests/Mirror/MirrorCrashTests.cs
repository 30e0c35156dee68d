using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Mirror.Database;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using Xunit.Abstractions;

namespace OpenEmploi.Cli.Tests.Mirror;

/// <summary>
/// `openemploi mirror` killed for real (SIGKILL of its process, as a crash or an OOM killer ends it)
/// in the middle of its snapshot and in the middle of its pages of changes, then started again:
/// the mirror resumes at its last commit, applies each later change once, and ends identical to
/// what a fresh mirror of the platform holds.
/// </summary>
public sealed partial class MirrorCrashTests(TestStores stores, ITestOutputHelper output) : IClassFixture<TestStores>, IDisposable
{
    private const int DemoOffers = 1_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-mirror-kill-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_mirror_process_killed_mid_snapshot_and_mid_changes_resumes_and_ends_identical_to_the_platform(StoreKind kind)
    {
        var store = (await stores.CreateMigratedLocationAsync(kind)).Setting;
        await using var platform = await LoopbackPlatform.StartAsync(store, DemoOffers);
        var offres = platform.Services.GetRequiredService<IOffreStore>();
        var created = await CliRun.InvokeAsync("apps", "create", "--name", "Miroir", "--scopes", "api_offresdemploisyncv1", "--json", "--store", store);
        using var credentials = JsonDocument.Parse(created.Output);
        // The secret through the environment, as the documentation advises (not in the process list).
        var environment = new Dictionary<string, string> { ["OPENEMPLOI_CLIENT_SECRET"] = credentials.RootElement.GetProperty("clientSecret").GetString()! };
        var into = StoreLocation.Sqlite(Path.Combine(_folder, "miroir.db"));
        string[] mirror = ["mirror", "--from", platform.Url, "--client-id", credentials.RootElement.GetProperty("clientId").GetString()!, "--into", into.Setting, "--page-size", "20"];

        // 1. Killed as soon as the snapshot starts: whatever it had read, the mirror holds all of it or nothing.
        using (var process = CliProcess.Start(_folder, environment, mirror))
        {
            await process.WaitForLineAsync(line => line.StartsWith("Instantané (base miroir vide)", StringComparison.Ordinal), Patience);
            await process.KillAsync();
        }
        var (afterSnapshotKill, heldAfterSnapshotKill) = await ReadMirrorAsync(into);
        output.WriteLine(afterSnapshotKill.Cursor is null ? "killed before the snapshot's commit" : "killed after the snapshot's commit");
        if (afterSnapshotKill.Cursor is null)
            Assert.Empty(heldAfterSnapshotKill);
        else
            Assert.Equal(DemoOffers, heldAfterSnapshotKill.Count);
        await RunToEndAsync(environment, mirror);
        var snapshotSequence = (await ReadMirrorAsync(into)).State.Cursor!.Value;

        // 2. The platform changes: creations, updates, deletions, some 1,800 events (90 pages of 20).
        await CliRun.InvokeAsync("seed", "--offers", "1200", "--append", "--store", store);
        var live = await offres.StreamOffersAsync().Take(600).ToListAsync();
        foreach (var entry in live.Take(250))
        {
            entry.Offre.Intitule += " (modifiée)";
            await offres.UpsertAsync(entry);
        }
        foreach (var entry in live.Skip(250))
            Assert.True(await offres.DeleteAsync(entry.Id));
        var head = await offres.GetLastSequenceAsync();

        // 3. Killed after some pages of changes were committed.
        using (var process = CliProcess.Start(_folder, environment, mirror))
        {
            await process.WaitForLineAsync(line => line.StartsWith("Reprise au curseur", StringComparison.Ordinal), Patience);
            for (var pages = 0; pages < 10; pages++)
                await process.WaitForLineAsync(line => line.StartsWith("Modifications :", StringComparison.Ordinal), Patience);
            await process.KillAsync();
        }
        var (killed, _) = await ReadMirrorAsync(into);
        var cursor = killed.Cursor!.Value;
        Assert.True(cursor > snapshotSequence && cursor < head, $"tué au curseur {cursor} (instantané {snapshotSequence}, tête {head})");
        output.WriteLine($"killed at cursor {cursor}: snapshot at {snapshotSequence}, head {head}");

        // 4. Run again: it resumes at the committed cursor, applies every later event once, and nothing before it.
        var resumed = await RunToEndAsync(environment, mirror);
        Assert.Contains($"Reprise au curseur {cursor} (", resumed, StringComparison.Ordinal);
        Assert.DoesNotContain("Instantané", resumed, StringComparison.Ordinal);
        var pagesApplied = Page().Matches(resumed).Select(m => (
            Events: int.Parse(m.Groups["upserts"].Value, CultureInfo.InvariantCulture) + int.Parse(m.Groups["deletions"].Value, CultureInfo.InvariantCulture),
            Cursor: long.Parse(m.Groups["cursor"].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(await EventsAfterAsync(offres, cursor), pagesApplied.Sum(p => p.Events));
        Assert.Equal(head, pagesApplied[^1].Cursor);
        Assert.True(pagesApplied.Zip(pagesApplied.Skip(1)).All(p => p.First.Cursor < p.Second.Cursor), resumed);

        // 5. Identical to the platform: the live ids, and each document as a fresh mirror receives it.
        var (final, held) = await ReadMirrorAsync(into);
        Assert.Equal(head, final.Cursor);
        var liveIds = await offres.StreamOffersAsync().Select(e => e.Id).ToListAsync();
        Assert.Equal(liveIds.Order(StringComparer.Ordinal), held.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(live[250].Id, held.Keys);
        Assert.EndsWith(" (modifiée)", JsonDocument.Parse(held[live[0].Id]).RootElement.GetProperty("intitule").GetString(), StringComparison.Ordinal);
        var fresh = StoreLocation.Sqlite(Path.Combine(_folder, "temoin.db"));
        var witness = await CliRun.InvokeAsync([.. mirror.Select(a => a == into.Setting ? fresh.Setting : a), "--client-secret", environment["OPENEMPLOI_CLIENT_SECRET"]]);
        Assert.True(witness.ExitCode == 0, witness.Output);
        var (freshState, expected) = await ReadMirrorAsync(fresh);
        Assert.Equal(head, freshState.Cursor);
        Assert.Equal(expected.Count, held.Count);
        foreach (var (id, document) in expected)
            Assert.Equal(document, held[id]);
    }

    private async Task<string> RunToEndAsync(IReadOnlyDictionary<string, string> environment, string[] mirror)
    {
        using var process = CliProcess.Start(_folder, environment, mirror);
        var exit = await process.WaitForExitAsync(Patience);
        Assert.True(exit == 0, process.Output);
        return process.Output;
    }

    private static async Task<(MirrorState State, Dictionary<string, string> Offres)> ReadMirrorAsync(StoreLocation into)
    {
        await using var database = await MirrorDatabase.OpenAsync(into, CancellationToken.None);
        return (await database.ReadStateAsync(CancellationToken.None), await database.ReadOffresAsync(CancellationToken.None));
    }

    /// <summary>The change-log events after <paramref name="cursor"/> the feed gives an unfiltered mirror.</summary>
    private static async Task<int> EventsAfterAsync(IOffreStore offres, long cursor)
    {
        await using var reader = await offres.OpenSyncReaderAsync();
        return await reader.ReadChangesAsync(cursor, int.MaxValue, SyncFilter.None).CountAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"^Modifications : (?<upserts>\d+) créées ou modifiées, (?<deletions>\d+) supprimées ; curseur (?<cursor>\d+) / \d+", RegexOptions.Multiline)]
    private static partial Regex Page();
}
