using System.Globalization;
using OpenEmploi.Core.Csv;

namespace OpenEmploi.Storage.Statistics.Import;

/// <summary>What an import did: records read, rows added, rows already stored (same key), rows refused and why.</summary>
public sealed record StatisticsImportResult(string Table, long Read, long Added, long AlreadyStored, long Rejected, ImportErrorLog Errors);

/// <summary>
/// Imports one real (or hand-made) data file into an input table, streaming: records are checked
/// field by field, a bad record is reported with its line, column and value and left out, the
/// others are appended in batches; the import never stops on a bad record. Only a file whose header
/// lacks a required column is refused as a whole. Rows whose key is already stored are skipped, so
/// importing a file again changes nothing.
/// </summary>
public static class StatisticsCsvImport
{
    /// <summary>The table names of `openemploi stats import TABLE FILE`.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["demandeurs", "etablissements", "effectifs", "embauches", "projets", "offres"];

    /// <summary>The columns of a table's file, in their documented order.</summary>
    public static IReadOnlyList<ImportColumn> ColumnsOf(string table) => table switch
    {
        "demandeurs" => StatisticsImportTables.Demandeurs.Columns,
        "etablissements" => StatisticsImportTables.Etablissements.Columns,
        "effectifs" => StatisticsImportTables.Effectifs.Columns,
        "embauches" => StatisticsImportTables.Embauches.Columns,
        "projets" => StatisticsImportTables.Projets.Columns,
        "offres" => StatisticsImportTables.Offres.Columns,
        _ => throw UnknownTable(table),
    };

    public static Task<StatisticsImportResult> ImportAsync(
        IStatisticsInputStore store, string table, TextReader reader, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reader);
        return table switch
        {
            "demandeurs" => RunAsync(table, StatisticsImportTables.Demandeurs, reader, rows => store.AppendEpisodesAsync(rows, progress, ct)),
            "etablissements" => RunAsync(table, StatisticsImportTables.Etablissements, reader, rows => store.AppendEstablishmentsAsync(rows, progress, ct)),
            "effectifs" => RunAsync(table, StatisticsImportTables.Effectifs, reader, rows => store.AppendHeadcountsAsync(rows, progress, ct)),
            "embauches" => RunAsync(table, StatisticsImportTables.Embauches, reader, rows => store.AppendHiresAsync(rows, progress, ct)),
            "projets" => RunAsync(table, StatisticsImportTables.Projets, reader, rows => store.AppendProjectsAsync(rows, progress, ct)),
            "offres" => RunAsync(table, StatisticsImportTables.Offres, reader, rows => store.AppendOffersAsync(rows, false, progress, ct)),
            _ => throw UnknownTable(table),
        };
    }

    private static async Task<StatisticsImportResult> RunAsync<T>(
        string table, ImportTableSpec<T> spec, TextReader reader, Func<IEnumerable<T>, Task<long>> append)
    {
        var csv = new TolerantCsvReader(reader);
        var header = csv.ReadHeader();
        var positions = new int[spec.Columns.Length];
        for (var i = 0; i < spec.Columns.Length; i++)
        {
            var column = spec.Columns[i];
            positions[i] = Array.FindIndex(header, h => string.Equals(h, column.Name, StringComparison.OrdinalIgnoreCase));
            if (positions[i] < 0 && column.Required)
            {
                throw new CsvFormatException(table, 1,
                    $"colonne « {column.Name} » absente de l'en-tête (colonnes attendues : {string.Join(", ", spec.Columns.Select(c => c.Name))})");
            }
        }
        var errors = new ImportErrorLog();
        var counts = new Counts();
        var fields = new FieldReader([.. spec.Columns.Select(c => c.Name)], positions, errors);
        var added = await append(Rows(csv, header.Length, spec, fields, errors, counts));
        return new StatisticsImportResult(table, counts.Read, added, counts.Valid - added, counts.Read - counts.Valid, errors);
    }

    private static IEnumerable<T> Rows<T>(TolerantCsvReader csv, int width, ImportTableSpec<T> spec, FieldReader fields, ImportErrorLog errors, Counts counts)
    {
        foreach (var record in csv.ReadRecords())
        {
            counts.Read++;
            if (record.Error is { } error)
            {
                errors.Add(new ImportError(record.Line, null, null, error));
                continue;
            }
            if (record.Fields.Length != width)
            {
                errors.Add(new ImportError(record.Line, null, null,
                    $"{record.Fields.Length.ToString(CultureInfo.InvariantCulture)} champs au lieu des {width.ToString(CultureInfo.InvariantCulture)} de l'en-tête"));
                continue;
            }
            fields.Start(record);
            var row = spec.Read(fields);
            if (fields.Failed)
                continue;
            counts.Valid++;
            yield return row;
        }
    }

    private static ArgumentException UnknownTable(string table) =>
        new($"Table inconnue « {table} » : attendu {string.Join(", ", Tables)}.", nameof(table));

    private sealed class Counts
    {
        public long Read;
        public long Valid;
    }
}
