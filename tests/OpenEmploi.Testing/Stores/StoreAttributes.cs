using System.Reflection;
using OpenEmploi.Storage;
using Xunit;
using Xunit.Sdk;

namespace OpenEmploi.Testing.Stores;

/// <summary>
/// One theory row per provider: <c>[Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]</c>.
/// The PostgreSQL row is skipped only when OPENEMPLOI_SKIP_POSTGRES=1; otherwise it runs, and fails
/// with directions when no server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StoreDataAttribute(StoreKind kind) : DataAttribute
{
    public StoreKind Kind { get; } = kind;

    public override string? Skip
    {
        get => Kind == StoreKind.Postgres && PostgresTestDatabase.Skipped ? PostgresTestDatabase.SkipReason : base.Skip;
        set => base.Skip = value;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Kind]];
}

/// <summary>A fact that needs PostgreSQL: skipped only when OPENEMPLOI_SKIP_POSTGRES=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.Skipped)
            Skip = PostgresTestDatabase.SkipReason;
    }
}

/// <summary>A theory that needs PostgreSQL: skipped only when OPENEMPLOI_SKIP_POSTGRES=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresTestDatabase.Skipped)
            Skip = PostgresTestDatabase.SkipReason;
    }
}
