using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// The de-duplication prints of the rows a batch writes (<see cref="StoredPrint"/>), stored with
/// them so that the next session loads them instead of parsing and fingerprinting the documents
/// again. Each is what that session's load computes from the row as stored: the document parsed
/// back from its stored JSON, the row's columns, and the boilerplate lines the source's table
/// drops as the batch is closed (recorded in the print; a load whose table drops others recomputes
/// it, as any print). The index's table learns while the next batches are decided, so the prints
/// read a frozen copy of it (<see cref="Freeze"/>, taken on the deciding thread when the batch is
/// closed), from one builder per thread.
/// </summary>
internal sealed class RowPrinter(DuplicateIndex index)
{
    /// <summary>The index's boilerplate table as it is now, for the rows of <paramref name="sources"/>: on the deciding thread.</summary>
    public SourceBoilerplate Freeze(IEnumerable<string> sources) => index.Boilerplate.Frozen(sources);

    /// <summary>Whether a session would load the row as a member (<see cref="IIngestionStore.StreamMemberRowsAsync"/>): a live or removed record of a published offer.</summary>
    public static bool Loads(IngestedRow row) =>
        row.PublishedId is not null && (IngestionStatus.IsLive(row.Status) || row.RemovedAt is not null);

    public static FingerprintBuilder NewBuilder(SourceBoilerplate frozen) => new(frozen);

    /// <summary>
    /// The print of <paramref name="row"/> whose document is <paramref name="utf8Json"/>, as
    /// <see cref="IngestionEngine.LoadAsync"/> would compute it. The document is parsed back as
    /// the load parses it; the costly part, its text's words, shingles and signatures, is taken
    /// from <paramref name="analysis"/> (what prepare made of the record) when that analysis read
    /// the very title and description the parsed document has, and computed again otherwise.
    /// </summary>
    public static byte[] Print(FingerprintBuilder builder, IngestedRow row, byte[] utf8Json, TextAnalysis? analysis = null)
    {
        ILoadedMember member = new StoredMemberDocument(StoredDocument.Utf8(utf8Json), row.SourceCode, row.SourceId, row.AppellationCode,
            row.Departement, row.Region, IngestionEngine.PosterOf(row.Poster), row.Siret, row.PublishedId!,
            IngestionStatus.IsLive(row.Status) ? null : row.RemovedAt);
        var offer = member.Parse(whole: false);
        var print = (analysis is null ? null : builder.Reuse(analysis, offer)) ?? builder.Build(offer, learn: false);
        return StoredPrint.Encode(builder, print, offer, OffreVerifier.FactsOf(offer), row.SourceCode);
    }
}
