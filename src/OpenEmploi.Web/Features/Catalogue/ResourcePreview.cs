using System.IO.Compression;
using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Csv;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>The first rows of a resource, as a table: its columns and up to ResourcePreview.MaxRows rows.</summary>
public sealed record PreviewTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool More);

/// <summary>
/// Reads the start of a CSV or JSON-lines resource (plain or gzip) or of a JSON document's array (JsonArrayPreview), never the whole file: the rows
/// are read one by one and reading stops after <see cref="MaxRows"/> (one more to know whether the
/// file goes on); cells are cut at <see cref="MaxCellLength"/> characters for the page.
/// </summary>
public static class ResourcePreview
{
    public const int MaxRows = 20;
    public const int MaxCellLength = 200;

    public static PreviewTable? Read(CatalogueResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Preview switch
        {
            PreviewKind.Csv => WithText(resource.PhysicalPath, gzip: false, ReadCsv),
            PreviewKind.GzipCsv => WithText(resource.PhysicalPath, gzip: true, ReadCsv),
            PreviewKind.GzipJsonLines => WithText(resource.PhysicalPath, gzip: true, ReadJsonLines),
            PreviewKind.JsonArray => JsonArrayPreview.Read(resource.PhysicalPath),
            _ => null,
        };
    }

    private static PreviewTable WithText(string path, bool gzip, Func<TextReader, string, PreviewTable> read)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14);
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 14);
        return read(text, Path.GetFileName(path));
    }

    private static PreviewTable ReadCsv(TextReader text, string name)
    {
        using var csv = new CsvReader(text, name);
        csv.ReadHeader();
        var rows = new List<IReadOnlyList<string>>();
        var more = false;
        foreach (var record in csv.ReadRecords())
        {
            if (rows.Count == MaxRows)
            {
                more = true;
                break;
            }
            rows.Add([.. record.Fields.Select(Cut)]);
        }
        return new PreviewTable(csv.Header, rows, more);
    }

    private static PreviewTable ReadJsonLines(TextReader text, string name)
    {
        var columns = new List<string>();
        var objects = new List<Dictionary<string, string>>();
        var more = false;
        var number = 0;
        while (text.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
                continue;
            if (objects.Count == MaxRows)
            {
                more = true;
                break;
            }
            using var row = ParseLine(line, name, number);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in row.RootElement.EnumerateObject())
            {
                if (!columns.Contains(property.Name))
                    columns.Add(property.Name);
                values[property.Name] = Cut(property.Value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.String => property.Value.GetString() ?? "",
                    _ => property.Value.GetRawText(),
                });
            }
            objects.Add(values);
        }
        return new PreviewTable(columns, [.. objects.Select(o => (IReadOnlyList<string>)[.. columns.Select(c => o.GetValueOrDefault(c, ""))])], more);
    }

    private static JsonDocument ParseLine(string line, string name, int number)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}, ligne {number} : JSON invalide ({ex.Message}).", ex);
        }
    }

    internal static string Cut(string value) => value.Length <= MaxCellLength ? value : string.Concat(value.AsSpan(0, MaxCellLength), "…");
}
