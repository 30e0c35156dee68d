using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// The de-duplication prints of the rows a batch writes (<see cref="StoredPrint"/>), stored with
/// them so that the next session loads them instead of parsing and fingerprinting the documents
/// again. Each is what that session's load computes from the row as stored: the document as its
/// stored JSON reads back (taken from memory, not parsed again), the row's columns, and the
/// boilerplate lines the source's table drops as the batch is closed (recorded in the print; a load whose table drops others recomputes
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
    /// The print of <paramref name="row"/> whose document is <paramref name="document"/>, as
    /// <see cref="IngestionEngine.LoadAsync"/> would compute it from the row as stored. The load
    /// parses the stored JSON back; this reads the document in memory instead (<see cref="AsStored"/>),
    /// which gives the same values wherever the print looks: the wire writer only drops empty
    /// strings and lists, and truncates dates to the millisecond in UTC, and the print reads every
    /// string through a test for null or empty (<c>RowPrintsTests</c> compares both ways, byte for
    /// byte). The costly part, the text's words, shingles and signatures, is taken from
    /// <paramref name="analysis"/> (what prepare made of the record) when that analysis read the
    /// very title and description the document has, and computed again otherwise. So is F09's
    /// template hash of the load facts, from <paramref name="template"/> (the verifier's, made
    /// while preparing the record) when it read the description and employer name the document has.
    /// </summary>
    public static byte[] Print(FingerprintBuilder builder, IngestedRow row, Offre document, TextAnalysis? analysis = null, TemplateReading? template = null)
    {
        var offer = new NormalisedOffer(
            new OffreEntry(AsStored(document), row.SourceCode, row.SourceId, row.AppellationCode, row.Departement, row.Region),
            new RawOffer(), IngestionEngine.PosterOf(row.Poster), row.Siret, []);
        var print = (analysis is null ? null : builder.Reuse(analysis, offer)) ?? builder.Build(offer, learn: false);
        return StoredPrint.Encode(builder, print, offer, OffreVerifier.FactsOf(offer, template), row.SourceCode);
    }

    /// <summary>
    /// The print of the row computed as the load does, from its stored JSON parsed back: what
    /// <see cref="Print(FingerprintBuilder, IngestedRow, Offre, TextAnalysis?, TemplateReading?)"/> must equal.
    /// </summary>
    public static byte[] PrintParsed(FingerprintBuilder builder, IngestedRow row, byte[] utf8Json, TextAnalysis? analysis = null)
    {
        ILoadedMember member = new StoredMemberDocument(StoredDocument.Utf8(utf8Json), row.SourceCode, row.SourceId, row.AppellationCode,
            row.Departement, row.Region, IngestionEngine.PosterOf(row.Poster), row.Siret, row.PublishedId!,
            IngestionStatus.IsLive(row.Status) ? null : row.RemovedAt);
        var offer = member.Parse(whole: false);
        var print = (analysis is null ? null : builder.Reuse(analysis, offer)) ?? builder.Build(offer, learn: false);
        return StoredPrint.Encode(builder, print, offer, OffreVerifier.FactsOf(offer), row.SourceCode);
    }

    /// <summary>
    /// The document with the values the print reads directly as a stored copy parsed back has
    /// them: an id (a document without one is read back with an empty id, <see cref="StoredDocument"/>),
    /// dates in UTC to the millisecond, an empty title or description absent. The normaliser's
    /// documents and the ones read from the store already are so: they are used as they are; any
    /// other gets a shallow copy (the document itself is shared).
    /// </summary>
    internal static Offre AsStored(Offre document)
    {
        var created = WireDate(document.DateCreation);
        var updated = WireDate(document.DateActualisation);
        if (document.Id is not null && document.Intitule is not "" && document.Description is not ""
            && SameBinary(created, document.DateCreation) && SameBinary(updated, document.DateActualisation))
            return document;
        var copy = OffreCopy.Shallow(document);
        copy.Id = document.Id ?? "";
        copy.Intitule = NullIfEmpty(document.Intitule);
        copy.Description = NullIfEmpty(document.Description);
        copy.DateCreation = created;
        copy.DateActualisation = updated;
        return copy;
    }

    // As the wire writes a date and reads it back (WireDateTimeConverter): UTC, to the millisecond.
    private static DateTime WireDate(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    // The stored print keeps a date's kind with its ticks (DateTime.ToBinary).
    private static bool SameBinary(DateTime x, DateTime y) => x.ToBinary() == y.ToBinary();

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
