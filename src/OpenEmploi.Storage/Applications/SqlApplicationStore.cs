using System.Data.Common;
using System.Security.Cryptography;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Applications;

/// <summary>
/// The application store over the offer store's dialects: same connections, same time format.
/// This file holds the applications and the signing key; SqlApplicationStore.Usage.cs the access
/// log and the apply-redirect counts.
/// </summary>
internal sealed partial class SqlApplicationStore(SqlDialect dialect, TimeProvider time) : IApplicationStore, IAsyncDisposable
{
    private const string SigningKeyName = "oauth2";
    private const int SigningKeyLength = 32;

    // The key never changes once created: read it once per store, not once per token.
    private byte[]? _signingKey;

    public async Task CreateAsync(ApiApplication application, CancellationToken ct = default)
    {
        Validate(application);
        await using var connection = await dialect.OpenAsync(ct);
        await InsertAsync(dialect, connection, null, application, ct);
    }

    /// <summary>Inserts a validated application, in <paramref name="transaction"/> when given (an approved access request).</summary>
    internal static async Task InsertAsync(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, ApiApplication application, CancellationToken ct)
    {
        await using var command = connection.Command(ApplicationSql.InsertApplication, transaction);
        command.Add("@client_id", application.ClientId);
        command.Add("@name", application.Name);
        command.Add("@secret_hash", application.SecretHash);
        command.Add("@scopes", string.Join(' ', application.Scopes));
        command.Add("@status", ToDbStatus(application.Status));
        command.Add("@quota_per_second", application.QuotaPerSecond);
        command.Add("@quota_burst", application.QuotaBurst);
        command.Add("@created_at", dialect.ToDbTime(OffreRow.ToStoreTime(application.CreatedAt)));
        command.Add("@updated_at", dialect.ToDbTime(OffreRow.ToStoreTime(application.UpdatedAt)));
        if (await command.ExecuteNonQueryAsync(ct) == 0)
            throw new DuplicateApplicationException(application.ClientId, $"L'application {application.ClientId} existe déjà.");
    }

    public async Task<ApiApplication?> GetAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.SelectApplication);
        command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadApplication(reader) : null;
    }

    public async Task<IReadOnlyList<ApiApplication>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.SelectApplications);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var applications = new List<ApiApplication>();
        while (await reader.ReadAsync(ct))
            applications.Add(ReadApplication(reader));
        return applications;
    }

    public async Task<bool> SetQuotaAsync(string clientId, int perSecond, int burst, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.UpdateQuota);
        command.Add("@client_id", clientId);
        command.Add("@per_second", perSecond);
        command.Add("@burst", burst);
        command.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<bool> SetStatusAsync(string clientId, ApplicationStatus status, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        var value = ToDbStatus(status);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.UpdateStatus);
        command.Add("@client_id", clientId);
        command.Add("@status", value);
        command.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<byte[]> GetOrCreateSigningKeyAsync(CancellationToken ct = default)
    {
        var key = Volatile.Read(ref _signingKey);
        if (key is null)
        {
            key = await ReadOrCreateSigningKeyAsync(ct);
            Volatile.Write(ref _signingKey, key);
        }
        return (byte[])key.Clone(); // Callers may not change what later callers get.
    }

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    /// <summary>
    /// Read, and when there is none, offer a new key and read again: of two nodes starting on a new
    /// base together, the first insert wins (the other does nothing) and both read the winner.
    /// </summary>
    private async Task<byte[]> ReadOrCreateSigningKeyAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        if (await ReadSigningKeyAsync(connection, ct) is { } existing)
            return existing;
        await using (var insert = connection.Command(ApplicationSql.InsertSigningKey))
        {
            insert.Add("@name", SigningKeyName);
            insert.Add("@key", RandomNumberGenerator.GetBytes(SigningKeyLength));
            insert.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
            await insert.ExecuteNonQueryAsync(ct);
        }
        return await ReadSigningKeyAsync(connection, ct)
            ?? throw new InvalidOperationException("Clé de signature des jetons introuvable après sa création.");
    }

    private static async Task<byte[]?> ReadSigningKeyAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.Command(ApplicationSql.SelectSigningKey);
        command.Add("@name", SigningKeyName);
        return await command.ExecuteScalarAsync(ct) switch
        {
            null or DBNull => null,
            byte[] { Length: SigningKeyLength } key => key,
            _ => throw new InvalidOperationException("Clé de signature des jetons invalide dans la base (32 octets attendus)."),
        };
    }

    internal ApiApplication ReadApplication(DbDataReader reader) => ReadApplication(dialect, reader);

    internal static ApiApplication ReadApplication(SqlDialect dialect, DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        FromDbStatus(reader.GetString(4)),
        reader.GetInt32(5),
        reader.GetInt32(6),
        dialect.ReadTime(reader, 7),
        dialect.ReadTime(reader, 8))
    {
        PreviousSecretHash = reader.GetNullableString(9),
        PreviousSecretValidUntil = reader.IsDBNull(10) ? null : dialect.ReadTime(reader, 10),
        RevokedAt = reader.IsDBNull(11) ? null : dialect.ReadTime(reader, 11),
        SuspendedAt = reader.IsDBNull(12) ? null : dialect.ReadTime(reader, 12),
        SuspensionReason = reader.GetNullableString(13),
        TerminatedAt = reader.IsDBNull(14) ? null : dialect.ReadTime(reader, 14),
        TerminationCause = reader.GetNullableString(15),
        IdleWarnedAt = reader.IsDBNull(16) ? null : dialect.ReadTime(reader, 16),
    };

    internal static void Validate(ApiApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentException.ThrowIfNullOrWhiteSpace(application.ClientId, nameof(application));
        ArgumentException.ThrowIfNullOrWhiteSpace(application.Name, nameof(application));
        ArgumentException.ThrowIfNullOrWhiteSpace(application.SecretHash, nameof(application));
        ArgumentNullException.ThrowIfNull(application.Scopes, nameof(application));
        // Scopes are stored space-separated: one with a space in it would come back as two.
        foreach (var scope in application.Scopes)
        {
            if (string.IsNullOrEmpty(scope) || scope.Any(char.IsWhiteSpace))
                throw new ArgumentException($"Scope invalide « {scope} » : vide ou contenant une espace.", nameof(application));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(application.QuotaPerSecond, 1, nameof(application));
        ArgumentOutOfRangeException.ThrowIfLessThan(application.QuotaBurst, 1, nameof(application));
        ToDbStatus(application.Status);
    }

    internal static string ToDbStatus(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Active => "active",
        ApplicationStatus.Suspended => "suspended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Statut d'application inconnu."),
    };

    private static ApplicationStatus FromDbStatus(string value) => value switch
    {
        "active" => ApplicationStatus.Active,
        "suspended" => ApplicationStatus.Suspended,
        _ => throw new InvalidOperationException($"Statut d'application inconnu dans la base : « {value} »."),
    };
}
