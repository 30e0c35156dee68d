using System.Data.Common;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Statistics;

/// <summary>How a column's neutral value (see <see cref="InputTable{T}.Fill"/>) is written by each provider.</summary>
internal enum InputColumnType
{
    Text,
    SmallInt,
    Integer,
    BigInt,
    Day,
    Bool,
    Real,
}

internal sealed record InputColumn(string Name, InputColumnType Type);

/// <summary>
/// One input table as the bulk writers and the readers see it: its columns, how a row fills a
/// reused array of neutral values (string, short, int, long, DateOnly, bool, double or null) that
/// each provider turns into its own types, and how a row is read back from the columns in order.
/// </summary>
internal sealed class InputTable<T>(string name, InputColumn[] columns, Action<T, object?[]> fill, Func<DbDataReader, SqlDialect, T> read)
{
    public string Name { get; } = name;

    public IReadOnlyList<InputColumn> Columns { get; } = columns;

    public Action<T, object?[]> Fill { get; } = fill;

    public Func<DbDataReader, SqlDialect, T> Read { get; } = read;

    public string ColumnList => string.Join(", ", columns.Select(c => c.Name));

    public string SelectSql(string where, string orderBy) => $"SELECT {ColumnList} FROM {Name} WHERE {where} ORDER BY {orderBy}";
}
