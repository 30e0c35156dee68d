using System.Collections.Concurrent;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// The documents a batch needs that the de-duplication index does not hold (its published offers'
/// canonical members', adopted base offers'), gathered while the batch is decided and read from
/// the store together when it is taken: one query for the ingested rows, one for the offers no
/// ingestion produced, instead of one round trip per document on the deciding thread.
/// </summary>
/// <remarks>
/// The batch is written after its reads, and every document written earlier in the run is held by
/// the index, so what is read is what the store held when the run started: what a read at the
/// moment of the decision gave. A member is read once per batch, from where it was first asked
/// for (an adopted base offer from the offers, before it counts as adopted).
/// <para>
/// The batches are taken on a stage of their own while the next ones are decided, so a read's
/// document reaches the index (<see cref="Hold"/>, on the deciding thread) a few batches after the
/// read was asked for. Until then the read is in flight, and a later batch asking for the same
/// member shares it instead of reading the store again: the member may have been written since by
/// a batch not yet committed (an adopted base offer's row), and the earlier batch, taken first,
/// has its document by the time the later one is taken. What each batch composes is then what it
/// composed when every read was held before the next batch's decisions
/// (docs/ingestion.md, "The take stage").
/// </para>
/// </remarks>
internal sealed class MemberDocumentReads
{
    // This batch's reads, in the order first asked for.
    private readonly Dictionary<MemberKey, MemberDocumentRead> _reads = [];
    // Reads of closed batches whose documents the index does not hold yet.
    private readonly Dictionary<MemberKey, MemberDocumentRead> _inFlight = [];
    // Reads done by the take stage, for the deciding thread to hand to the index.
    private readonly ConcurrentQueue<MemberDocumentRead[]> _done = new();

    public int Count => _reads.Count;

    /// <summary>The read of <paramref name="key"/>'s document in this batch (the first asked for stands), or the one in flight for it.</summary>
    public MemberDocumentRead For(MemberKey key, string offerId, bool fromOffers)
    {
        if (_reads.TryGetValue(key, out var read) || _inFlight.TryGetValue(key, out read))
            return read;
        _reads.Add(key, read = new MemberDocumentRead(key, offerId, fromOffers));
        return read;
    }

    /// <summary>Closes this batch's reads (on the deciding thread): in flight until <see cref="Done"/> then <see cref="Hold"/>.</summary>
    public MemberDocumentRead[] Close()
    {
        if (_reads.Count == 0)
            return [];
        var reads = new MemberDocumentRead[_reads.Count];
        _reads.Values.CopyTo(reads, 0);
        foreach (var read in reads)
            _inFlight.Add(read.Key, read);
        _reads.Clear();
        return reads;
    }

    /// <summary>The take stage has read <paramref name="reads"/> (<see cref="ReadAll"/>): the deciding thread may hold them.</summary>
    public void Done(MemberDocumentRead[] reads)
    {
        if (reads.Length > 0)
            _done.Enqueue(reads);
    }

    /// <summary>
    /// Gives the index the documents read so far (on the deciding thread, as a read at the
    /// decision held it; a member given a newer version since keeps that one), and ends their flight.
    /// </summary>
    public void Hold(DuplicateIndex index)
    {
        while (_done.TryDequeue(out var reads))
        {
            foreach (var read in reads)
            {
                index.HoldRead(read.Key, read.Document!);
                _inFlight.Remove(read.Key);
            }
        }
    }

    /// <summary>
    /// Reads every document of <paramref name="reads"/> and parses them on every core. A document
    /// missing from the store fails the batch.
    /// </summary>
    public static void ReadAll(IReadOnlyList<MemberDocumentRead> reads, IIngestionStore store)
    {
        if (reads.Count == 0)
            return;
        var rows = new List<(string SourceCode, string SourceId)>();
        var offers = new List<string>();
        foreach (var read in reads)
        {
            if (read.FromOffers)
                offers.Add(read.OfferId);
            else
                rows.Add((read.Key.Source, read.Key.Id));
        }
        var fromRows = rows.Count == 0 ? null : store.ReadDocuments(rows);
        var fromOffers = offers.Count == 0 ? null : store.ReadOffreJsons(offers);
        var json = new string[reads.Count];
        for (var i = 0; i < reads.Count; i++)
        {
            var read = reads[i];
            var found = read.FromOffers ? fromOffers!.TryGetValue(read.OfferId, out var text) : fromRows!.TryGetValue((read.Key.Source, read.Key.Id), out text);
            json[i] = found && text is not null
                ? text
                : throw new InvalidOperationException($"Le document du membre {read.Key} (offre {read.OfferId}) est introuvable dans la base : recharger l'index.");
        }
        Parallel.For(0, reads.Count, i => reads[i].Document = StoredDocument.Read(json[i]));
    }
}

/// <summary>One member's document to read: from its ingested row, or (<see cref="FromOffers"/>) from the offers under its own id.</summary>
internal sealed class MemberDocumentRead(MemberKey key, string offerId, bool fromOffers)
{
    public MemberKey Key { get; } = key;

    public string OfferId { get; } = offerId;

    public bool FromOffers { get; } = fromOffers;

    /// <summary>Once <see cref="MemberDocumentReads.ReadAll"/> has run.</summary>
    public Offre? Document { get; set; }
}
