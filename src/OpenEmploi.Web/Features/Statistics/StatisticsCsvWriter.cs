using System.Globalization;
using System.Text;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// Writes an indicator's published cells as CSV (UTF-8 without BOM, comma, RFC 4180 quoting, one
/// header row; columns in docs/statistics-api.md), row by row as the store streams them. A masked
/// cell's value and share read "secret": the file never says why (which cells are primary masks
/// would tell which counts are below 11). An estimated cell's nomenclature label says so
/// (<see cref="StatisticsTable.EstimatedLevel"/>).
/// </summary>
public sealed class StatisticsCsvWriter(IPublishedStatistics statistics, TerritoryDirectory territories, StatisticsActivities activities, StatisticsCodeLists codeLists)
{
    public const string Secret = "secret";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "indicateur", "code_type_territoire", "code_territoire", "libelle_territoire",
        "code_type_activite", "code_activite", "libelle_activite",
        "code_type_nomenclature", "code_nomenclature", "libelle_nomenclature",
        "code_type_caracteristique", "code_caracteristique", "libelle_caracteristique",
        "code_type_periode", "code_periode", "valeur", "pourcentage",
    ];

    public async Task<long> WriteAsync(StatisticsTable table, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(string.Join(',', Columns));
            long rows = 0;
            var fields = new string[Columns.Count];
            await foreach (var cell in statistics.ReadAsync(new PublishedCellQuery(table.IndicatorCode), ct))
            {
                var territory = territories.Find(cell.TerritoryLevel, cell.TerritoryCode);
                fields[0] = cell.Indicator;
                fields[1] = TerritoryTypes.CodeOf(cell.TerritoryLevel);
                fields[2] = cell.TerritoryCode;
                fields[3] = territory?.Name ?? "";
                fields[4] = cell.ActivityType;
                fields[5] = cell.ActivityCode;
                fields[6] = activities.LabelOf(cell.ActivityType, cell.ActivityCode);
                fields[7] = cell.Nomenclature;
                fields[8] = cell.NomenclatureCode;
                fields[9] = codeLists.LabelOf(cell.Nomenclature, cell.NomenclatureCode) + (table.IsEstimated(cell) ? StatisticsTable.EstimateLabel : "");
                fields[10] = cell.CharacteristicType;
                fields[11] = cell.CharacteristicCode;
                fields[12] = cell.CharacteristicType.Length == 0 ? "" : codeLists.LabelOf(cell.CharacteristicType, cell.CharacteristicCode);
                fields[13] = table.TwelveMonths ? StatisticsPeriods.TwelveMonthType : StatisticsPeriods.TypeCodeOf(cell.PeriodKind);
                fields[14] = cell.PeriodCode;
                fields[15] = cell.IsMasked ? Secret : Number(cell.Value);
                fields[16] = cell.IsMasked ? Secret : Number(cell.Percentage);
                for (var i = 0; i < fields.Length; i++)
                {
                    if (i > 0)
                        writer.Write(',');
                    WriteField(writer, fields[i]);
                }
                writer.Write('\n');
                rows++;
            }
            await writer.FlushAsync(ct);
            return rows;
        }
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private static void WriteField(StreamWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
