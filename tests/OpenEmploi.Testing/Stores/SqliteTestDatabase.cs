using Microsoft.Data.Sqlite;
using OpenEmploi.Storage;
using Xunit;

namespace OpenEmploi.Testing.Stores;

/// <summary>A temporary folder of SQLite files, one per <see cref="CreateLocation"/>, deleted on dispose.</summary>
public sealed class SqliteTestDatabase : IAsyncLifetime
{
    private int _files;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "openemploi-tests", Guid.NewGuid().ToString("N"));

    public StoreLocation CreateLocation() =>
        StoreLocation.Sqlite(Path.Combine(Folder, $"store{Interlocked.Increment(ref _files)}.db"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
