using System.Collections.Concurrent;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>
/// The applications as this node last read them. An entry is re-read after
/// <see cref="MaxAge"/>, so a suspension or a new quota decided on any node (or with the CLI)
/// applies everywhere within that delay, without a store query per API call.
/// </summary>
internal sealed class ApplicationDirectory(IApplicationStore store, TimeProvider time, IConfiguration configuration)
{
    /// <summary>The contract promises that a suspended application's tokens stop working within a minute.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromSeconds(30);

    public TimeSpan MaxAge { get; } = configuration.GetValue<TimeSpan?>("OpenEmploi:Api:ApplicationCacheDuration") is { } configured && configured <= TimeSpan.FromMinutes(1)
        ? configured
        : DefaultMaxAge;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<ApiApplication?> FindAsync(string clientId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(clientId, out var entry) && now - entry.ReadAt < MaxAge)
            return entry.Application;
        var application = await store.GetAsync(clientId, ct);
        _entries[clientId] = new Entry(application, now);
        return application;
    }

    /// <summary>Forgets what this node knows of an application (after this node changed it).</summary>
    public void Forget(string clientId) => _entries.TryRemove(clientId, out _);

    private sealed record Entry(ApiApplication? Application, DateTimeOffset ReadAt);
}
