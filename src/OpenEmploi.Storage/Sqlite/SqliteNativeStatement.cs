using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>
/// One statement prepared once on a connection and run many times through the native library
/// Microsoft.Data.Sqlite itself drives, its values bound by position: a SqliteCommand run per row
/// looks each of its parameters up by name (20 for an ingested row, 15 for an offer, 14 for a
/// published statistics cell) and builds a data reader at every execution, which was most of the
/// CPU of the import writer's statements, of the statistics inputs' loads (about 4.4 µs a row at
/// scale 0.1) and of storing the published cells (docs/benchmarks.md). The values are set in
/// <see cref="Values"/>, in the order of the names given when preparing, or of the statement's
/// <c>?1 … ?n</c> (null or <see cref="DBNull"/> for NULL), then <see cref="Run"/> or
/// <see cref="Step"/> binds them all. It runs inside the transaction open on the connection, as
/// the connection's commands do.
/// </summary>
internal sealed class SqliteNativeStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    public SqliteNativeStatement(SqliteConnection connection, string sql, IReadOnlyList<string> names)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("Connexion SQLite fermée.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _positions = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            // 0 when the statement does not use the name (a parameter list shared by two statements).
            _positions[i] = raw.sqlite3_bind_parameter_index(_statement, names[i]);
        }
        Values = new object?[names.Count];
    }

    /// <summary>A statement whose parameters are <c>?1 … ?<paramref name="parameters"/></c>, in that order.</summary>
    public SqliteNativeStatement(SqliteConnection connection, string sql, int parameters)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("Connexion SQLite fermée.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _positions = Enumerable.Range(1, parameters).ToArray();
        Values = new object?[parameters];
    }

    /// <summary>The values of the next execution, in the order of the names given.</summary>
    public object?[] Values { get; }

    /// <summary>Runs the statement with <see cref="Values"/>; returns the rows it changed.</summary>
    public int Run()
    {
        Bind();
        var step = raw.sqlite3_step(_statement);
        // Reset even after a failure, so that the statement can run again (or be finalised).
        var reset = raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
            Check(step == raw.SQLITE_ROW ? reset : step);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>
    /// Binds one value by its position (1 … n), for <see cref="RunBound"/>. SQLite keeps a
    /// statement's bindings from one execution to the next, so a caller writing rows in key order
    /// binds only what changed (the indicator, the period, the nomenclature stay the same for
    /// millions of published cells), and text already in UTF-8 is not converted again.
    /// </summary>
    public void BindText(int position, ReadOnlySpan<byte> utf8) =>
        // An empty span is pinned as a null pointer, which SQLite would bind as NULL: "" goes as a string.
        Check(utf8.IsEmpty ? raw.sqlite3_bind_text(_statement, position, string.Empty) : raw.sqlite3_bind_text(_statement, position, utf8));

    /// <inheritdoc cref="BindText"/>
    public void BindInt64(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    /// <inheritdoc cref="BindText"/>
    public void BindDouble(int position, double value) => Check(raw.sqlite3_bind_double(_statement, position, value));

    /// <inheritdoc cref="BindText"/>
    public void BindNull(int position) => Check(raw.sqlite3_bind_null(_statement, position));

    /// <summary>Runs the statement with the values bound by position (<see cref="Values"/> is not read); returns the rows it changed.</summary>
    public int RunBound()
    {
        var step = raw.sqlite3_step(_statement);
        var reset = raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
            Check(step == raw.SQLITE_ROW ? reset : step);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>
    /// A query: binds <see cref="Values"/> and steps to the first row (false when there is none);
    /// <see cref="Next"/> steps on, <see cref="Reset"/> ends it (always, once read).
    /// </summary>
    public bool Step()
    {
        Bind();
        return Next();
    }

    public bool Next()
    {
        var step = raw.sqlite3_step(_statement);
        if (step == raw.SQLITE_ROW)
            return true;
        if (step != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            Check(step);
        }
        return false;
    }

    public void Reset() => raw.sqlite3_reset(_statement);

    public long GetInt64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string? GetText(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    private void Bind()
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            var position = _positions[i];
            if (position > 0)
                Check(Bind(position, Values[i]));
        }
    }

    private int Bind(int position, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, position),
        string text => raw.sqlite3_bind_text(_statement, position, text),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
        long number => raw.sqlite3_bind_int64(_statement, position, number),
        int number => raw.sqlite3_bind_int64(_statement, position, number),
        short number => raw.sqlite3_bind_int64(_statement, position, number),
        bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(_statement, position, real),
        DateOnly day => BindDay(position, day),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), "Type de valeur non prévu pour SQLite."),
    };

    // Days are 'yyyy-MM-dd' text (docs/statistics-inputs.md), written straight as UTF-8 digits:
    // DateOnly.TryFormat went through the culture's date formatter, 1 % of an inputs load's CPU.
    private int BindDay(int position, DateOnly day)
    {
        if (day.Year < 1000)
            throw new ArgumentOutOfRangeException(nameof(day), day, "Jour avant l'an 1000.");
        Span<byte> text = stackalloc byte[10];
        Digits(text[..4], day.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), day.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), day.Day);
        return raw.sqlite3_bind_text(_statement, position, text);
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--, value /= 10)
            target[i] = (byte)('0' + (value % 10));
    }

    private void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), code, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose() => _statement.Dispose();
}
