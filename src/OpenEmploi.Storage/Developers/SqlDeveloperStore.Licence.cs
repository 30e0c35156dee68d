using System.Data.Common;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : ILicenceStore
{
    public async Task<LicenceVersion> GetCurrentAsync(CancellationToken ct = default) =>
        await ReadVersionsAsync(LicenceSql.SelectCurrentVersion, null, ct) is [var current, ..]
            ? current
            : throw new InvalidOperationException("Aucune version de la licence dans la base : le schéma 7 en installe une.");

    public async Task<LicenceVersion?> GetAsync(int version, CancellationToken ct = default) =>
        await ReadVersionsAsync(LicenceSql.SelectVersion, version, ct) is [var found, ..] ? found : null;

    public Task<IReadOnlyList<LicenceVersion>> ListAsync(CancellationToken ct = default) => ReadVersionsAsync(LicenceSql.SelectVersions, null, ct);

    public Task<bool> PublishAsync(LicenceVersion version, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(version.Text, nameof(version));
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(LicenceSql.InsertVersion, transaction))
            {
                command.Add("@version", version.Version);
                command.Add("@text", version.Text);
                command.Add("@published_at", DbTime(version.PublishedAt));
                command.Add("@tacit_at", DbTime(version.TacitAt));
                command.Add("@in_force_at", DbTime(version.InForceAt));
                command.Add("@published_by", version.PublishedBy);
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public async Task<IReadOnlyList<LicensedApplication>> ListLicensedAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var applications = new Dictionary<string, ApiApplication>(StringComparer.Ordinal);
        await using (var command = connection.Command(ApplicationSql.SelectApplications))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var application = SqlApplicationStore.ReadApplication(dialect, reader);
                applications[application.ClientId] = application;
            }
        }
        var licensed = new List<LicensedApplication>();
        await using (var command = connection.Command(LicenceSql.SelectApprovedRequestsWithEmail))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var request = ReadRequest(reader);
                if (applications.TryGetValue(request.ClientId!, out var application))
                    licensed.Add(new LicensedApplication(application, request, reader.GetString(14)));
            }
        }
        return licensed;
    }

    public async Task<IReadOnlyList<LicenceDecision>> ListDecisionsAsync(string? clientId, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(clientId is null ? LicenceSql.SelectDecisions : LicenceSql.SelectDecisionsOfClient);
        if (clientId is not null)
            command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var decisions = new List<LicenceDecision>();
        while (await reader.ReadAsync(ct))
        {
            decisions.Add(new LicenceDecision(
                reader.GetString(0), reader.GetInt32(1), FromDbDecision(reader.GetString(2)), dialect.ReadTime(reader, 3),
                ReadNullableTime(reader, 4), reader.GetNullableString(5)));
        }
        return decisions;
    }

    public Task<bool> AcceptAsync(LicenceDecision decision, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Decision == LicenceDecisionKind.Refused)
            throw new ArgumentException("Un refus s'enregistre avec RefuseAsync : il met fin à la licence.", nameof(decision));
        return InTransactionAsync(async (connection, transaction) =>
        {
            if (!await InsertDecisionAsync(connection, transaction, decision, ct))
                return false;
            var how = decision.Decision == LicenceDecisionKind.Tacit ? "tacitement" : "expressément";
            await InsertEventAsync(connection, transaction, decision.ClientId, decision.DecidedAt, LicenceEventKinds.LicenceAccepted,
                $"Version {decision.Version} acceptée {how}.", decision.DecidedBy, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public Task<bool> RefuseAsync(string clientId, int version, DateTimeOffset at, string? decidedBy, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return InTransactionAsync(async (connection, transaction) =>
        {
            if (!await InsertDecisionAsync(connection, transaction, new LicenceDecision(clientId, version, LicenceDecisionKind.Refused, at, null, decidedBy), ct))
                return false;
            await InsertEventAsync(connection, transaction, clientId, at, LicenceEventKinds.LicenceRefused, $"Version {version} refusée.", decidedBy, ct);
            if (!await TerminateAsync(connection, transaction, clientId, TerminationCauses.LicenceRefused, at, $"Refus de la version {version} de la licence.", ct))
                return false;
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    private async Task<bool> InsertDecisionAsync(DbConnection connection, DbTransaction transaction, LicenceDecision decision, CancellationToken ct)
    {
        if (!await IsLiveAsync(connection, transaction, decision.ClientId, ct))
            return false;
        await using var command = connection.Command(LicenceSql.InsertDecision, transaction);
        command.Add("@client_id", decision.ClientId);
        command.Add("@version", decision.Version);
        command.Add("@decision", ToDbDecision(decision.Decision));
        command.Add("@decided_at", DbTime(decision.DecidedAt));
        command.Add("@in_force_at", DbTime(decision.InForceAt));
        command.Add("@decided_by", decision.DecidedBy);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    private static async Task<bool> IsLiveAsync(DbConnection connection, DbTransaction transaction, string clientId, CancellationToken ct)
    {
        await using var command = connection.Command(LicenceSql.IsLive, transaction);
        command.Add("@client_id", clientId);
        return await command.ScalarInt64Async(ct) > 0;
    }

    /// <summary>Ends the licence (credentials revoked with it) and journals it; false when it had already ended.</summary>
    private async Task<bool> TerminateAsync(
        DbConnection connection, DbTransaction transaction, string clientId, string cause, DateTimeOffset at, string detail, CancellationToken ct)
    {
        await using (var command = connection.Command(LicenceSql.Terminate, transaction))
        {
            command.Add("@client_id", clientId);
            command.Add("@cause", cause);
            command.Add("@at", DbTime(at));
            if (await command.ExecuteNonQueryAsync(ct) == 0)
                return false;
        }
        await InsertEventAsync(connection, transaction, clientId, at, LicenceEventKinds.Terminated, detail, null, ct);
        return true;
    }

    private async Task InsertEventAsync(
        DbConnection connection, DbTransaction transaction, string clientId, DateTimeOffset at, string kind, string detail, string? actor, CancellationToken ct)
    {
        await using var command = connection.Command(LicenceSql.InsertEvent, transaction);
        command.Add("@client_id", clientId);
        command.Add("@at", DbTime(at));
        command.Add("@kind", kind);
        command.Add("@detail", detail);
        command.Add("@actor", actor);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<IReadOnlyList<LicenceVersion>> ReadVersionsAsync(string sql, int? version, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sql);
        if (version is { } number)
            command.Add("@version", number);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new List<LicenceVersion>();
        while (await reader.ReadAsync(ct))
        {
            versions.Add(new LicenceVersion(reader.GetInt32(0), reader.GetString(1), dialect.ReadTime(reader, 2))
            {
                TacitAt = ReadNullableTime(reader, 3),
                InForceAt = ReadNullableTime(reader, 4),
                PublishedBy = reader.GetNullableString(5),
            });
        }
        return versions;
    }

    private static string ToDbDecision(LicenceDecisionKind decision) => decision switch
    {
        LicenceDecisionKind.Explicit => "explicit",
        LicenceDecisionKind.Tacit => "tacit",
        LicenceDecisionKind.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Décision inconnue."),
    };

    private static LicenceDecisionKind FromDbDecision(string value) => value switch
    {
        "explicit" => LicenceDecisionKind.Explicit,
        "tacit" => LicenceDecisionKind.Tacit,
        "refused" => LicenceDecisionKind.Refused,
        _ => throw new InvalidOperationException($"Décision de licence inconnue dans la base : « {value} »."),
    };
}
