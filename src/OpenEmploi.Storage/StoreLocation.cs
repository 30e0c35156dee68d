using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenEmploi.Storage;

public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the offer store lives. <see cref="ConnectionString"/> is a complete ADO.NET connection
/// string for the provider (for SQLite, "Data Source=PATH"); it may hold a password, so
/// <see cref="ToString"/> returns <see cref="Display"/>, never the raw string.
/// </summary>
public sealed record StoreLocation(StoreKind Kind, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/openemploi.db";

    private const string Usage =
        "Emplacement attendu : « sqlite:CHEMIN » (ex. sqlite:data/openemploi.db) ou "
        + "« postgres:CHAÎNE-DE-CONNEXION » (ex. postgres:Host=localhost;Username=openemploi;Database=openemploi).";

    /// <summary>The location as a user may type it, without any password.</summary>
    public string Display => Kind switch
    {
        StoreKind.Sqlite => "sqlite:" + SqlitePath,
        _ => "postgres:" + WithoutPassword(ConnectionString),
    };

    /// <summary>
    /// The location in the form <see cref="Parse"/> reads ("sqlite:PATH", "postgres:…"), password
    /// included: for handing a location to another program or setting, never for logs.
    /// </summary>
    public string Setting => Kind switch
    {
        StoreKind.Sqlite => "sqlite:" + SqlitePath,
        _ => "postgres:" + ConnectionString,
    };

    /// <summary>The database file of a SQLite location.</summary>
    public string SqlitePath => Kind == StoreKind.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : throw new InvalidOperationException("Ce n'est pas un emplacement SQLite : " + Display);

    public static StoreLocation DefaultSqlite(string path = DefaultSqlitePath) => Sqlite(path);

    public static StoreLocation Sqlite(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new FormatException("Chemin de fichier SQLite vide. " + Usage);
        return new StoreLocation(StoreKind.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());
    }

    /// <summary>Reads "sqlite:PATH" or "postgres:CONNECTION-STRING" ("postgresql:" also accepted).</summary>
    /// <exception cref="FormatException">The text is neither; the message shows both forms.</exception>
    public static StoreLocation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            throw new FormatException($"Emplacement de stockage « {text} » non reconnu. {Usage}");
        var scheme = trimmed[..colon];
        var rest = trimmed[(colon + 1)..].Trim();
        if (scheme.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
            return Sqlite(rest);
        if (scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
            return Postgres(rest);
        throw new FormatException($"Type de stockage « {scheme} » inconnu (sqlite ou postgres). {Usage}");
    }

    public static StoreLocation Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new FormatException("Chaîne de connexion PostgreSQL vide. " + Usage);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"Chaîne de connexion PostgreSQL invalide : {ex.Message} {Usage}", ex);
        }
        if (string.IsNullOrEmpty(builder.Host))
            throw new FormatException("Chaîne de connexion PostgreSQL sans « Host= ». " + Usage);
        return new StoreLocation(StoreKind.Postgres, connectionString);
    }

    public override string ToString() => Display;

    private static string WithoutPassword(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
        return builder.ConnectionString;
    }
}
