namespace OpenEmploi.Storage.Tests;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("sqlite:data/openemploi.db", StoreKind.Sqlite, "sqlite:data/openemploi.db")]
    [InlineData("  SQLite:/var/lib/openemploi/store.db ", StoreKind.Sqlite, "sqlite:/var/lib/openemploi/store.db")]
    [InlineData("sqlite:C:\\data\\store.db", StoreKind.Sqlite, "sqlite:C:\\data\\store.db")]
    [InlineData("postgres:Host=db;Username=oe;Database=oe", StoreKind.Postgres, "postgres:Host=db;Username=oe;Database=oe")]
    [InlineData("postgresql:Host=db;Port=5433;Database=oe", StoreKind.Postgres, "postgres:Host=db;Port=5433;Database=oe")]
    public void Parse_reads_both_kinds(string text, StoreKind kind, string display)
    {
        var location = StoreLocation.Parse(text);

        Assert.Equal(kind, location.Kind);
        Assert.Equal(display, location.Display);
    }

    [Fact]
    public void A_sqlite_location_is_a_connection_string_to_its_file()
    {
        var location = StoreLocation.Parse("sqlite:data/x.db");

        Assert.Equal("data/x.db", location.SqlitePath);
        Assert.Equal("Data Source=data/x.db", location.ConnectionString);
        Assert.Equal(StoreLocation.Parse("sqlite:" + StoreLocation.DefaultSqlitePath), StoreLocation.DefaultSqlite());
    }

    [Fact]
    public void The_password_is_never_displayed()
    {
        var location = StoreLocation.Parse("postgres:Host=db;Username=oe;Password=s3cret;Database=oe");

        Assert.Contains("s3cret", location.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", location.Display, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", location.ToString(), StringComparison.Ordinal);
        Assert.Equal("postgres:Host=db;Username=oe;Database=oe", location.Display);
    }

    [Theory]
    [InlineData("", "sqlite:CHEMIN")]
    [InlineData("data/openemploi.db", "sqlite:CHEMIN")]
    [InlineData("mysql:Server=db", "« mysql » inconnu")]
    [InlineData("sqlite:", "Chemin de fichier SQLite vide")]
    [InlineData("postgres:", "Chaîne de connexion PostgreSQL vide")]
    [InlineData("postgres:Database=oe", "sans « Host= »")]
    [InlineData("postgres:Hots=db;Database=oe", "Chaîne de connexion PostgreSQL invalide")]
    public void Parse_explains_what_it_expects(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => StoreLocation.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
