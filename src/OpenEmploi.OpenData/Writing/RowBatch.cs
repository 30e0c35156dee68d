using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.OpenData.Dataset;
using OpenEmploi.OpenData.RareCells;

namespace OpenEmploi.OpenData.Writing;

/// <summary>
/// A run of offers anonymised and serialised off the writer's thread: each row's CSV text and JSON
/// line, written by the same writers as the single-threaded path, and the batch's own tallies. The
/// exporter writes batches in the order it read them, row by row with the same calls, so the files
/// are byte for byte those of the single-threaded path.
/// </summary>
internal sealed class RowBatch
{
    private readonly StringBuilder _csv = new();
    private byte[] _json = [];
    private readonly List<(int CsvEnd, int JsonEnd)> _ends = [];

    public int Count => _ends.Count;

    public ScrubTally Scrubbed { get; private set; } = new();

    public GeneralisationTally Generalised { get; } = new();

    /// <summary>Anonymises and serialises <paramref name="entries"/>, in their order.</summary>
    public static RowBatch Build(IReadOnlyList<OffreEntry> entries, Func<OffreAnonymiser> anonymiser, RareCellRule rule, CellCounts cells, CancellationToken ct)
    {
        var batch = new RowBatch();
        var rows = anonymiser();
        using var csvText = new StringWriter(batch._csv, System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var csv = new CsvRowWriter(csvText);
        using var jsonBytes = new MemoryStream();
        using var json = new JsonLinesRowWriter(jsonBytes);
        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            var cell = rule.Decide(QuasiIdentifiers.Of(entry), cells);
            batch.Generalised.Add(cell);
            var row = rows.Anonymise(entry, cell);
            csv.WriteRow(row);
            json.WriteRow(row);
            batch._ends.Add((batch._csv.Length, (int)jsonBytes.Length));
        }
        // The stream's own array (valid once it is closed), not a copy.
        batch._json = jsonBytes.GetBuffer();
        batch.Scrubbed = rows.Tally;
        return batch;
    }

    /// <summary>
    /// Writes row <paramref name="index"/> as the single-threaded path does: its CSV text to the
    /// text writer, its JSON object in one write then the line feed.
    /// </summary>
    public void WriteRow(int index, TextWriter csv, Stream json)
    {
        var (csvStart, jsonStart) = index == 0 ? (0, 0) : _ends[index - 1];
        var (csvEnd, jsonEnd) = _ends[index];
        csv.Write(_csv.ToString(csvStart, csvEnd - csvStart));
        json.Write(_json, jsonStart, jsonEnd - jsonStart - 1);
        json.WriteByte(_json[jsonEnd - 1]);
    }
}
