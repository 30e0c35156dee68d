using System.Text;
using Microsoft.Data.Sqlite;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Sqlite;

namespace OpenEmploi.Storage.Statistics;

/// <summary>
/// Writes published cells to SQLite through one native statement bound by position, binding only
/// the columns that differ from the previous cell's. Cells come in the primary key's order, so
/// most of a row's eleven key columns repeat the previous row's (the indicator, the territory, the
/// activity, the period, the nomenclature); the text of a column that does change is converted to
/// UTF-8 once per distinct code, not once per cell. Binding every value of every row (each text
/// converted and copied, each number boxed) was about two thirds of storing's CPU at scale 0.005
/// (docs/benchmarks.md, "Memory and storing at national scale").
/// </summary>
internal sealed class SqlitePublishedCellWriter : IDisposable
{
    /// <summary>Distinct codes kept in UTF-8, at most: the referentials' codes are far fewer.</summary>
    private const int MaxCachedCodes = 1 << 20;

    private const int Columns = 14;

    private readonly SqliteNativeStatement _insert;
    private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);
    private readonly string?[] _boundText = new string?[Columns + 1];
    private readonly long?[] _boundNumber = new long?[Columns + 1];

    public SqlitePublishedCellWriter(SqliteConnection connection, string insertSql)
    {
        _insert = new SqliteNativeStatement(connection, insertSql, Columns);
    }

    public void Write(PublishedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        Text(1, cell.Indicator);
        Number(2, (long)cell.TerritoryLevel);
        Text(3, cell.TerritoryCode);
        Text(4, cell.ActivityType);
        Text(5, cell.ActivityCode);
        Number(6, (long)cell.PeriodKind);
        Text(7, cell.PeriodCode);
        Text(8, cell.Nomenclature);
        Text(9, cell.NomenclatureCode);
        Text(10, cell.CharacteristicType);
        Text(11, cell.CharacteristicCode);
        // The figures change from cell to cell: always bound.
        Real(12, cell.Value);
        Real(13, cell.Percentage);
        if (cell.Mask is { } mask)
            _insert.BindInt64(14, (long)mask);
        else
            _insert.BindNull(14);
        _insert.RunBound();
    }

    private void Text(int position, string text)
    {
        if (string.Equals(_boundText[position], text, StringComparison.Ordinal))
            return;
        if (!_utf8.TryGetValue(text, out var utf8))
        {
            utf8 = Encoding.UTF8.GetBytes(text);
            if (_utf8.Count < MaxCachedCodes)
                _utf8[text] = utf8;
        }
        _insert.BindText(position, utf8);
        _boundText[position] = text;
    }

    private void Number(int position, long value)
    {
        if (_boundNumber[position] == value)
            return;
        _insert.BindInt64(position, value);
        _boundNumber[position] = value;
    }

    private void Real(int position, double? value)
    {
        if (value is { } v)
            _insert.BindDouble(position, v);
        else
            _insert.BindNull(position);
    }

    public void Dispose() => _insert.Dispose();
}
