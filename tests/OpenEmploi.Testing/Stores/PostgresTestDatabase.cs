using Npgsql;
using OpenEmploi.Storage;
using Xunit;

namespace OpenEmploi.Testing.Stores;

/// <summary>
/// A throw-away PostgreSQL database on the server named by OPENEMPLOI_TEST_POSTGRES (./test.sh
/// starts one): created on first use with a unique name, dropped when the fixture is disposed.
/// Use it as a class fixture; <see cref="CreateLocationAsync"/> gives each test its own schema, so
/// no test ever sees another's rows.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string ConnectionVariable = "OPENEMPLOI_TEST_POSTGRES";
    public const string SkipVariable = "OPENEMPLOI_SKIP_POSTGRES";

    private readonly Lazy<Task<string>> _database;
    private string? _databaseName;
    private int _schemas;

    public PostgresTestDatabase()
    {
        _database = new Lazy<Task<string>>(CreateDatabaseAsync);
    }

    /// <summary>True when OPENEMPLOI_SKIP_POSTGRES=1: PostgreSQL tests are skipped, not failed.</summary>
    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    public static string SkipReason => $"{SkipVariable}=1: PostgreSQL tests skipped.";

    /// <summary>The server's connection string, or a failure telling how to get one.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionVariable} is not set, so the PostgreSQL tests cannot run. Run them with ./test.sh "
                + "(it starts a throw-away PostgreSQL cluster), or set it to a server where databases may be "
                + $"created, or set {SkipVariable}=1 to skip them.");

    /// <summary>The database name, once created.</summary>
    public string? DatabaseName => _databaseName;

    /// <summary>A location in a fresh, empty schema of this class's database.</summary>
    public async Task<StoreLocation> CreateLocationAsync()
    {
        var connectionString = await _database.Value;
        var schema = $"t{Interlocked.Increment(ref _schemas)}";
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return StoreLocation.Postgres(builder.ConnectionString);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_databaseName is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> CreateDatabaseAsync()
    {
        var server = ServerConnectionString;
        var name = $"openemploi_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        _databaseName = name;
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
