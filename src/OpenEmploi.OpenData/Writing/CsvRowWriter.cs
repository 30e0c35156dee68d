using System.Globalization;
using OpenEmploi.OpenData.Dataset;

namespace OpenEmploi.OpenData.Writing;

/// <summary>
/// The CSV file: UTF-8 without BOM, comma separator, "\n" line ends, one header row, RFC 4180
/// quoting (a field is quoted when it holds a comma, a quote or a line break). Empty cell: no
/// value. Numbers with a dot, booleans true/false, dates YYYY-MM-DD.
/// </summary>
internal sealed class CsvRowWriter(TextWriter writer) : ICellSink
{
    private bool _first = true;

    public void WriteHeader()
    {
        foreach (var column in ExportColumns.All)
            WriteText(column.Name);
        EndRow();
    }

    public void WriteRow(AnonymisedOffre row)
    {
        foreach (var column in ExportColumns.All)
            column.Write(row, this);
        EndRow();
    }

    public void WriteText(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
            return;
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public void WriteInteger(long? value)
    {
        Separator();
        if (value is { } v)
            writer.Write(v.ToString(CultureInfo.InvariantCulture));
    }

    public void WriteNumber(decimal? value)
    {
        Separator();
        if (value is { } v)
            writer.Write(v.ToString("0.##", CultureInfo.InvariantCulture));
    }

    public void WriteBoolean(bool value)
    {
        Separator();
        writer.Write(value ? "true" : "false");
    }

    public void WriteDate(DateOnly value)
    {
        Separator();
        writer.Write(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private void Separator()
    {
        if (!_first)
            writer.Write(',');
        _first = false;
    }

    private void EndRow()
    {
        writer.Write('\n');
        _first = true;
    }
}
