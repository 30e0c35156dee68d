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
/// </remarks>
internal sealed class MemberDocumentReads
{
    private readonly Dictionary<MemberKey, MemberDocumentRead> _reads = [];

    public int Count => _reads.Count;

    /// <summary>The read of <paramref name="key"/>'s document in this batch (the first asked for stands).</summary>
    public MemberDocumentRead For(MemberKey key, string offerId, bool fromOffers)
    {
        if (!_reads.TryGetValue(key, out var read))
            _reads.Add(key, read = new MemberDocumentRead(key, offerId, fromOffers));
        return read;
    }

    /// <summary>
    /// Reads every document asked for, parses them on every core, and gives each to the index to
    /// hold (as a read at the decision held it). A document missing from the store fails the batch.
    /// </summary>
    public void ReadAll(IIngestionStore store, DuplicateIndex index)
    {
        if (_reads.Count == 0)
            return;
        var rows = new List<(string SourceCode, string SourceId)>();
        var offers = new List<string>();
        foreach (var read in _reads.Values)
        {
            if (read.FromOffers)
                offers.Add(read.OfferId);
            else
                rows.Add((read.Key.Source, read.Key.Id));
        }
        var fromRows = rows.Count == 0 ? null : store.ReadDocuments(rows);
        var fromOffers = offers.Count == 0 ? null : store.ReadOffreJsons(offers);
        var pending = new List<MemberDocumentRead>(_reads.Values);
        var json = new string[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var read = pending[i];
            var found = read.FromOffers ? fromOffers!.TryGetValue(read.OfferId, out var text) : fromRows!.TryGetValue((read.Key.Source, read.Key.Id), out text);
            json[i] = found && text is not null
                ? text
                : throw new InvalidOperationException($"Le document du membre {read.Key} (offre {read.OfferId}) est introuvable dans la base : recharger l'index.");
        }
        Parallel.For(0, pending.Count, i => pending[i].Document = StoredDocument.Read(json[i]));
        foreach (var read in pending)
            index.HoldRead(read.Key, read.Document!);
        _reads.Clear();
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
