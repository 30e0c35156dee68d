using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>One feed to import.</summary>
/// <param name="SourceCode">A registered source (openemploi sources add).</param>
/// <param name="Feed">Read forward only, never held whole (a download stream is fine).</param>
/// <param name="Format">The feed's format.</param>
/// <param name="FullFeed">The feed holds every live offer of the source: those missing are removed at the end.</param>
/// <param name="Location">The file or URL, for the run's record.</param>
/// <param name="Report">Receives one line per input record, when given.</param>
public sealed record ImportRequest(
    string SourceCode, Stream Feed, FeedFormat Format, bool FullFeed, string? Location = null, ImportReportWriter? Report = null);

/// <summary>What an import did.</summary>
public sealed record ImportResult(long RunId, ImportCounters Counters, TimeSpan Elapsed, TimeSpan LoadTime, int LoadedMembers)
{
    /// <summary>Where <see cref="Elapsed"/> went.</summary>
    public ImportStages Stages { get; init; } = new();
}

/// <summary>
/// Wall-clock time of an import's stages, which take turns on the importing thread: reading the
/// source's stored records, parsing the feed, preparing each batch (raw hash, normalisation and
/// verification, in parallel), deciding (de-duplication and the rows, in feed order). Batches are
/// written on another thread meanwhile: <see cref="Write"/> is their time, <see cref="WriteWait"/>
/// the part the importer spent waiting for them.
/// </summary>
public sealed class ImportStages
{
    public TimeSpan Known { get; set; }
    public TimeSpan Parse { get; set; }
    public TimeSpan Prepare { get; set; }
    public TimeSpan Decide { get; set; }
    public TimeSpan Write { get; set; }
    public TimeSpan WriteWait { get; set; }
}

/// <summary>A failure the operator can fix (unknown source, another import running): one clear French message.</summary>
public sealed class IngestionException(string message) : Exception(message);
