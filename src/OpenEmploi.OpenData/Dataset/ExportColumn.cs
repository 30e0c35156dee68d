namespace OpenEmploi.OpenData.Dataset;

/// <summary>Column types, named as Table Schema names them (the data dictionary's format).</summary>
public enum ColumnType
{
    Texte,
    Entier,
    Nombre,
    Booleen,
    Date,
}

/// <summary>Where a row's cells go: the CSV and the JSON lines writers.</summary>
public interface ICellSink
{
    void WriteText(string? value);
    void WriteInteger(long? value);
    void WriteNumber(decimal? value);
    void WriteBoolean(bool value);
    void WriteDate(DateOnly value);
}

/// <summary>
/// One column of the dataset and its entry in the data dictionary: the files and the dictionary
/// are written from the same list, so they cannot disagree.
/// </summary>
/// <param name="Name">Column name in the CSV header and key in each JSON line.</param>
/// <param name="Type">How values are written and parsed.</param>
/// <param name="Meaning">What the value is, in French, for the dictionary.</param>
/// <param name="Example">A value as it appears in the CSV.</param>
/// <param name="Nomenclature">The code list the values come from, when there is one.</param>
public abstract record ExportColumn(string Name, ColumnType Type, string Meaning, string Example, string? Nomenclature)
{
    public abstract void Write(AnonymisedOffre row, ICellSink sink);
}

public sealed record TextColumn(string Name, string Meaning, string Example, string? Nomenclature, Func<AnonymisedOffre, string?> Value)
    : ExportColumn(Name, ColumnType.Texte, Meaning, Example, Nomenclature)
{
    public override void Write(AnonymisedOffre row, ICellSink sink) => sink.WriteText(Value(row));
}

public sealed record IntegerColumn(string Name, string Meaning, string Example, Func<AnonymisedOffre, long?> Value)
    : ExportColumn(Name, ColumnType.Entier, Meaning, Example, null)
{
    public override void Write(AnonymisedOffre row, ICellSink sink) => sink.WriteInteger(Value(row));
}

public sealed record NumberColumn(string Name, string Meaning, string Example, Func<AnonymisedOffre, decimal?> Value)
    : ExportColumn(Name, ColumnType.Nombre, Meaning, Example, null)
{
    public override void Write(AnonymisedOffre row, ICellSink sink) => sink.WriteNumber(Value(row));
}

public sealed record BooleanColumn(string Name, string Meaning, Func<AnonymisedOffre, bool> Value)
    : ExportColumn(Name, ColumnType.Booleen, Meaning, "false", null)
{
    public override void Write(AnonymisedOffre row, ICellSink sink) => sink.WriteBoolean(Value(row));
}

public sealed record DateColumn(string Name, string Meaning, string Example, Func<AnonymisedOffre, DateOnly> Value)
    : ExportColumn(Name, ColumnType.Date, Meaning, Example, null)
{
    public override void Write(AnonymisedOffre row, ICellSink sink) => sink.WriteDate(Value(row));
}
