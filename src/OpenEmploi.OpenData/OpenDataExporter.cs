using System.IO.Compression;
using System.Text;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.OpenData.Dataset;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.OpenData.RareCells;
using OpenEmploi.OpenData.Writing;
using OpenEmploi.Storage;

namespace OpenEmploi.OpenData;

/// <summary>
/// Takes one export of the open dataset: one consistent read of the live base (a sync reader, so
/// the export states the change-log sequence it reflects) in two passes over the same snapshot: the
/// first counts the offers of each place × sector cell (<see cref="CellCounts"/>), the second
/// anonymises each offer once, its cell generalised when rare (<see cref="RareCellRule"/>), and writes
/// it to both gzip files, then the dictionary, the methodology, the checksums and the manifest, all in a
/// draft folder published by one rename. Cancelled or failed, it leaves the published exports as
/// they were.
/// </summary>
public sealed partial class OpenDataExporter(IOffreStore store, ExportDirectory directory, TimeProvider time)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Called after each offer written, with the running count (progress display, tests).</summary>
    public Action<long>? OnOffreWritten { get; init; }

    /// <summary>Called after each offer counted by the first pass, with the running count.</summary>
    public Action<long>? OnOffreCounted { get; init; }

    public CompressionLevel Compression { get; init; } = CompressionLevel.Optimal;

    /// <summary>The rare-cell rule (k = 5 by default).</summary>
    public RareCellRule RareCells { get; init; } = new();

    /// <summary>
    /// Threads that anonymise (default: every core). With more than one, batches of offers are
    /// anonymised and serialised in parallel while this flow reads and writes, in the read order:
    /// the files are byte for byte those of one thread. 1: everything on the reading flow.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Offers per parallel batch.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Labels of generalised places: the platform's geography, or the codes alone.</summary>
    public PlaceLabels Places { get; init; } = PlaceLabels.CodesOnly;

    public async Task<PublishedExport> ExportAsync(CancellationToken ct)
    {
        var pseudonym = await OffrePseudonym.LoadOrCreateAsync(store, ct);
        var anonymiser = new OffreAnonymiser(pseudonym, TextScrubber.Default, Places);
        var generalised = new GeneralisationTally();
        var date = time.GetUtcNow();
        var id = ExportDirectory.IdOf(date);
        var draft = directory.BeginDraft(date);
        try
        {
            var files = new List<ExportFile>();
            long sequence;
            long count = 0;
            await using (var reader = await store.OpenSyncReaderAsync(ct))
            {
                sequence = reader.Sequence;
                var cells = await CountCellsAsync(reader, ct);
                await using var csvFile = OpenHashed(draft, ExportFileNames.Csv);
                await using var jsonFile = OpenHashed(draft, ExportFileNames.JsonLines);
                // In a block of their own: the gzip streams end (trailers written) before the files' hashes are read.
                {
                    await using var csvZip = new GZipStream(csvFile, Compression, leaveOpen: true);
                    await using var jsonZip = new GZipStream(jsonFile, Compression, leaveOpen: true);
                    await using var csvText = new StreamWriter(csvZip, Utf8, 1 << 16, leaveOpen: true);
                    await using var jsonBuffer = new BufferedStream(jsonZip, 1 << 16);
                    var csv = new CsvRowWriter(csvText);
                    using var json = new JsonLinesRowWriter(jsonBuffer);
                    csv.WriteHeader();
                    if (Parallelism > 1)
                    {
                        var rows = new BatchRows(csvText, jsonBuffer, OnOffreWritten);
                        await WriteInParallelAsync(reader, () => new OffreAnonymiser(pseudonym, TextScrubber.Default, Places), cells, rows, ct);
                        count = rows.Count;
                        anonymiser.Tally.Add(rows.Scrubbed);
                        generalised.Add(rows.Generalised);
                    }
                    else
                    {
                        await foreach (var entry in reader.ReadEntriesAsync(ct))
                        {
                            var cell = RareCells.Decide(QuasiIdentifiers.Of(entry), cells);
                            generalised.Add(cell);
                            var row = anonymiser.Anonymise(entry, cell);
                            csv.WriteRow(row);
                            json.WriteRow(row);
                            count++;
                            OnOffreWritten?.Invoke(count);
                        }
                    }
                    await csvText.FlushAsync(ct);
                    await jsonBuffer.FlushAsync(ct);
                }
                files.Add(await CloseAsync(csvFile, ExportFileNames.Csv, "csv+gzip"));
                files.Add(await CloseAsync(jsonFile, ExportFileNames.JsonLines, "jsonl+gzip"));
            }

            files.Add(await WriteAsync(draft, ExportFileNames.Dictionary, "json", DataDictionary.Write));
            files.Add(await WriteAsync(draft, ExportFileNames.Methodology, "markdown", stream =>
            {
                using var text = new StreamWriter(stream, Utf8, 1 << 14, leaveOpen: true) { NewLine = "\n" };
                Methodology.Write(text, date, sequence, count, anonymiser.Tally, RareCells.MinimumOffers, generalised);
            }));
            await WriteChecksumsAsync(draft, files, ct);

            var tally = anonymiser.Tally;
            var manifest = new ExportManifest(id, date, sequence, count, files,
                new ExportReplacements(tally.Courriels, tally.Telephones, tally.Noms, tally.Entreprises, tally.Liens, tally.Adresses),
                new ExportGeneralisations(RareCells.MinimumOffers, generalised.CommuneToDepartement, generalised.ToRegion, generalised.SectorWithheld));
            await using (var stream = File.Create(Path.Combine(draft, ExportManifest.FileName)))
                await System.Text.Json.JsonSerializer.SerializeAsync(stream, manifest, ExportManifest.Json, ct);
            ct.ThrowIfCancellationRequested();
            return directory.Publish(draft, manifest);
        }
        catch
        {
            ExportDirectory.Discard(draft);
            throw;
        }
    }

    /// <summary>The first pass, in the same snapshot as the second: the rule sees exactly the offers written.</summary>
    private async Task<CellCounts> CountCellsAsync(ISyncReader reader, CancellationToken ct)
    {
        var cells = new CellCounts();
        await foreach (var entry in reader.ReadEntriesAsync(ct))
        {
            cells.Add(QuasiIdentifiers.Of(entry));
            OnOffreCounted?.Invoke(cells.Offers);
        }
        return cells;
    }

    private static HashingStream OpenHashed(string folder, string name) =>
        new(new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false));

    /// <summary>Flushes the file and reads its size and hash; the caller disposes it.</summary>
    private static async Task<ExportFile> CloseAsync(HashingStream file, string name, string format)
    {
        await file.FlushAsync();
        return new ExportFile(name, format, file.Written, file.Sha256());
    }

    private static async Task<ExportFile> WriteAsync(string folder, string name, string format, Action<Stream> write)
    {
        await using var file = OpenHashed(folder, name);
        write(file);
        return await CloseAsync(file, name, format);
    }

    private static async Task WriteChecksumsAsync(string folder, IReadOnlyList<ExportFile> files, CancellationToken ct)
    {
        var lines = new StringBuilder();
        foreach (var file in files)
            lines.Append(file.Sha256).Append("  ").Append(file.Nom).Append('\n');
        await File.WriteAllTextAsync(Path.Combine(folder, ExportFileNames.Checksums), lines.ToString(), Utf8, ct);
    }
}
