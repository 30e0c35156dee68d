using System.IO.Compression;
using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Csv;
using OpenEmploi.OpenData.Publishing;

namespace OpenEmploi.OpenData.Tests.Export;

/// <summary>An export's files, read back as a reuser would: the dictionary, the CSV rows, the JSON lines.</summary>
internal sealed class ExportedFiles
{
    private ExportedFiles(JsonDocument dictionary, IReadOnlyList<string> csvHeader, IReadOnlyList<IReadOnlyList<string>> csvRows, IReadOnlyList<JsonElement> jsonLines)
    {
        Dictionary = dictionary;
        CsvHeader = csvHeader;
        CsvRows = csvRows;
        JsonLines = jsonLines;
    }

    public JsonDocument Dictionary { get; }

    public IReadOnlyList<string> CsvHeader { get; }

    public IReadOnlyList<IReadOnlyList<string>> CsvRows { get; }

    public IReadOnlyList<JsonElement> JsonLines { get; }

    /// <summary>(name, type) of each field of the dictionary, in order.</summary>
    public IReadOnlyList<(string Name, string Type)> Fields =>
        [.. Dictionary.RootElement.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!))];

    public static ExportedFiles Read(PublishedExport export)
    {
        var dictionary = JsonDocument.Parse(File.ReadAllBytes(export.PathOf(ExportFileNames.Dictionary)));
        using var csv = new CsvReader(new StringReader(Gunzip(export.PathOf(ExportFileNames.Csv))), ExportFileNames.Csv);
        var header = csv.ReadHeader();
        var rows = csv.ReadRecords().Select(r => (IReadOnlyList<string>)[.. r.Fields]).ToList();
        var lines = Gunzip(export.PathOf(ExportFileNames.JsonLines)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        return new ExportedFiles(dictionary, [.. csv.Header], rows, lines);
    }

    public static string Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
