using OpenEmploi.Core.Offres;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.OpenData.Dataset;
using OpenEmploi.OpenData.RareCells;
using OpenEmploi.OpenData.Writing;
using OpenEmploi.Storage;

namespace OpenEmploi.OpenData;

// The second pass on several threads: this flow reads the offers (and parses them) in batches and
// writes finished batches to the gzip files; the thread pool anonymises and serialises the batches
// in between. Batches are written in the order they were read, so the files do not depend on which
// thread finished first.
public sealed partial class OpenDataExporter
{
    private async Task WriteInParallelAsync(ISyncReader reader, Func<OffreAnonymiser> anonymiser, CellCounts cells, BatchRows rows, CancellationToken ct)
    {
        // Enough batches in flight to keep every thread busy while the oldest is written; bounded,
        // so memory stays a few batches whatever the base's size.
        var inFlight = new Queue<Task<RowBatch>>();
        var maxInFlight = Parallelism * 2;
        try
        {
            var entries = new List<OffreEntry>(BatchSize);
            await foreach (var entry in reader.ReadEntriesAsync(ct))
            {
                entries.Add(entry);
                if (entries.Count < BatchSize)
                    continue;
                inFlight.Enqueue(Start(entries, anonymiser, cells, ct));
                entries = new List<OffreEntry>(BatchSize);
                while (inFlight.Count >= maxInFlight)
                    rows.Write(await inFlight.Dequeue());
            }
            if (entries.Count > 0)
                inFlight.Enqueue(Start(entries, anonymiser, cells, ct));
            while (inFlight.Count > 0)
                rows.Write(await inFlight.Dequeue());
        }
        finally
        {
            // Failed or cancelled: the batches still running end before the draft is discarded.
            foreach (var batch in inFlight)
            {
                try
                {
                    await batch;
                }
#pragma warning disable CA1031 // The export fails with the first error, already on its way; the others are its consequences.
                catch (Exception)
                {
                }
#pragma warning restore CA1031
            }
        }
    }

    private Task<RowBatch> Start(List<OffreEntry> entries, Func<OffreAnonymiser> anonymiser, CellCounts cells, CancellationToken ct) =>
        Task.Run(() => RowBatch.Build(entries, anonymiser, RareCells, cells, ct), ct);

    /// <summary>Where finished batches go: both files, the progress callback and the summed tallies.</summary>
    private sealed class BatchRows(TextWriter csv, Stream json, Action<long>? onWritten)
    {
        public long Count { get; private set; }

        public ScrubTally Scrubbed { get; } = new();

        public GeneralisationTally Generalised { get; } = new();

        public void Write(RowBatch batch)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                batch.WriteRow(i, csv, json);
                Count++;
                onWritten?.Invoke(Count);
            }
            Scrubbed.Add(batch.Scrubbed);
            Generalised.Add(batch.Generalised);
        }
    }
}
