using OpenEmploi.Mirror;
using OpenEmploi.Mirror.Database;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync.Mirror;

/// <summary>
/// A reuser's mirror of the test platform: its application, its SQLite database, and runs of
/// <see cref="OpenEmploi.Mirror.Mirror"/> through a <see cref="FaultyHandler"/>.
/// </summary>
internal sealed class MirrorRun(ApiPlatform platform, string clientId, string secret, StoreLocation into, MirrorFilter filter)
{
    public FaultyHandler Handler { get; } = new();

    public StoreLocation Into => into;

    public MirrorFilter Filter => filter;

    /// <summary>The same application through the test helper: what a fresh snapshot publishes to it.</summary>
    public ApiCaller? Caller { get; private set; }

    public List<string> Snapshots { get; } = [];

    /// <summary>A mirror into a new SQLite file of <paramref name="folder"/>, or into <paramref name="into"/>.</summary>
    public static async Task<MirrorRun> CreateAsync(ApiPlatform platform, string folder, MirrorFilter? filter = null, StoreLocation? into = null)
    {
        var (clientId, secret) = await platform.CreateApplicationAsync(scopes: [ApiScopes.Sync], name: "miroir");
        var run = new MirrorRun(platform, clientId, secret,
            into ?? StoreLocation.Sqlite(Path.Combine(folder, $"miroir-{Guid.NewGuid():N}.db")), filter ?? MirrorFilter.None);
        run.Caller = new ApiCaller(platform.Client, clientId, await platform.GetTokenAsync(clientId, secret, ApiScopes.Sync));
        return run;
    }

    public MirrorOptions Options => new(platform.Client.BaseAddress!, clientId, secret, into)
    {
        Filter = filter,
        PageSize = 37,
        FirstBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        MaxAttempts = 20,
    };

    /// <summary>One run of a new mirror process, until caught up.</summary>
    public async Task<MirrorState> RunAsync(int? pageSize = null, CancellationToken ct = default)
    {
        using var http = new HttpClient(Handler, disposeHandler: false);
        return await CreateMirror(http, TimeProvider.System, pageSize).RunAsync(ct);
    }

    public OpenEmploi.Mirror.Mirror CreateMirror(HttpClient http, TimeProvider time, int? pageSize = null)
    {
        var options = pageSize is { } size ? Options with { PageSize = size } : Options;
        return new OpenEmploi.Mirror.Mirror(options, http, new Recorder(this), time);
    }

    public async Task<(MirrorState State, Dictionary<string, string> Offres)> ReadAsync()
    {
        await using var database = await MirrorDatabase.OpenAsync(into, CancellationToken.None);
        return (await database.ReadStateAsync(CancellationToken.None), await database.ReadOffresAsync(CancellationToken.None));
    }

    private sealed class Recorder(MirrorRun run) : IMirrorProgress
    {
        public void Resuming(long cursor, long offers) { }

        public void SnapshotStarting(string reason) => run.Snapshots.Add(reason);

        public void SnapshotReading(long offers) { }

        public void SnapshotCommitted(long sequence, long offers, TimeSpan elapsed) { }

        public void PageApplied(AppliedPage page) { }

        public void NothingNew(long cursor) { }

        public void Waiting(TimeSpan delay, string reason) { }
    }
}
