using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenEmploi.Storage.Statistics;

/// <summary>
/// One INSERT prepared once on a SQLite connection and run for every row with its values bound by
/// position, through the native library that Microsoft.Data.Sqlite itself drives. The ADO.NET path
/// (a SqliteCommand executed per row) looked each parameter up by name and built a data reader on
/// every execution: about 4.4 µs of CPU per row at scale 0.1, nine tenths of a generated load
/// (docs/benchmarks.md). Runs inside the caller's transaction on the same connection.
/// </summary>
internal sealed class SqliteRowInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;

    public SqliteRowInsert(SqliteConnection connection, string sql, int columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("Connexion SQLite fermée.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _columns = columns;
    }

    /// <summary>Binds <paramref name="values"/> (the neutral values of <see cref="InputTable{T}.Fill"/>), runs, returns the rows added (0 on a stored key).</summary>
    public int Run(object?[] values)
    {
        for (var i = 0; i < _columns; i++)
            Check(Bind(i + 1, values[i]));
        var step = raw.sqlite3_step(_statement);
        // Reset even after a failure, so that the statement can run again (or be finalised).
        var reset = raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
            Check(step == raw.SQLITE_ROW ? reset : step);
        return raw.sqlite3_changes(_db);
    }

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        short number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(_statement, index, real),
        DateOnly day => BindDay(index, day),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), "Type de valeur non prévu pour SQLite."),
    };

    // Days are 'yyyy-MM-dd' text (docs/statistics-inputs.md), written straight as UTF-8 digits:
    // DateOnly.TryFormat went through the culture's date formatter, 1 % of a load's CPU.
    private int BindDay(int index, DateOnly day)
    {
        if (day.Year < 1000)
            throw new ArgumentOutOfRangeException(nameof(day), day, "Jour avant l'an 1000.");
        Span<byte> text = stackalloc byte[10];
        Digits(text[..4], day.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), day.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), day.Day);
        return raw.sqlite3_bind_text(_statement, index, text);
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--, value /= 10)
            target[i] = (byte)('0' + (value % 10));
    }

    private void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), code, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose() => _statement.Dispose();
}
