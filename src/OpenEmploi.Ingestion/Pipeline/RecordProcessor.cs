using System.Globalization;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>What the store knew of one of the source's records when the run started (and since, in the run).</summary>
internal sealed class KnownRecord(string? hash, string status, bool fromFeed)
{
    public string? Hash { get; set; } = hash;
    public string Status { get; set; } = status;
    public bool FromFeed { get; set; } = fromFeed;
    public string? PublishedId { get; set; }
    public bool Seen { get; set; }
}

/// <summary>One record on its way: read, hashed, then normalised and verified (in parallel), then decided.</summary>
internal sealed class RecordWork(FeedItem item)
{
    public FeedItem Item { get; } = item;
    public string? Hash { get; set; }
    public bool Unchanged { get; set; }
    public NormalisationResult? Normalised { get; set; }
    public VerificationResult? Verification { get; set; }

    /// <summary>The de-duplication's analysis of the offer's text, made while preparing (the record may be published).</summary>
    public TextAnalysis? Analysis { get; set; }
}

/// <summary>
/// The per-record decisions, in feed order, on the engine's single thread. <see cref="Prepare"/>
/// runs in parallel, and ahead of the decisions (the next batch is prepared while this one is
/// decided), so it reads only what the run started with: the stored hashes as they were
/// (<paramref name="known"/> when the processor is made), never what the run decided since.
/// </summary>
internal sealed class RecordProcessor(IngestionEngine engine, SourceSettings source, long runId, ImportCounters counters, Dictionary<string, KnownRecord> known)
{
    private readonly string _code = source.Code;

    // The stored hash of each live (not removed) record as the run started: what Prepare compares
    // with, read by several threads while the decisions change `known`.
    private readonly Dictionary<string, string?> _startHashes = StartHashes(known);

    private static Dictionary<string, string?> StartHashes(Dictionary<string, KnownRecord> known)
    {
        var hashes = new Dictionary<string, string?>(known.Count, StringComparer.Ordinal);
        foreach (var (id, record) in known)
        {
            if (record.Status != IngestionStatus.Removed)
                hashes[id] = record.Hash;
        }
        return hashes;
    }

    // Every channel the base feeds redistributes what it publishes (the offers API, the sync feed,
    // the open dataset, and the portal's pages, whose schema.org JobPosting search engines take
    // up), so a partner that has not consented to multi-diffusion has its offers kept, checked and
    // reported back to it, never published. The platform's own sources need no consent.
    private readonly bool _redistributable = IsRedistributable(source);

    public static bool IsRedistributable(SourceSettings source) =>
        source.Kind == SourceSettings.Platform || source.MultiDiffusion;

    /// <summary>
    /// Normalises and verifies: thread-safe, run in parallel over a batch and ahead of the
    /// decisions. A record whose stored hash (as the run started) is its own is only hashed:
    /// <see cref="Decide"/> checks that nothing earlier in the run changed it.
    /// </summary>
    public void Prepare(RecordWork work)
    {
        if (work.Item is not RawOfferItem { Offer: var raw })
            return;
        // The hash stands for "this content, under these terms": a change of consent makes every
        // record of the source differ from its stored hash, so the next import re-decides them all
        // (published once consent is given, taken out of their offers once it is withdrawn).
        work.Hash = _redistributable ? RawOfferHash.Of(raw) : RawOfferHash.Of(raw) + WithheldHashSuffix;
        if (raw.SourceId is { } id && _startHashes.TryGetValue(id, out var hash) && hash == work.Hash)
        {
            work.Unchanged = true;
            return;
        }
        Normalise(work, raw);
    }

    private void Normalise(RecordWork work, RawOffer raw)
    {
        var poster = raw.Employer.IsAgency == true ? PosterKind.Agency
            : source.Kind == SourceSettings.Platform ? PosterKind.Employer : PosterKind.Partner;
        work.Normalised = engine.Normaliser.Normalise(raw, _code, poster, source.Kind == SourceSettings.Platform);
        if (!work.Normalised.IsRejected)
            work.Verification = engine.Verifier.Verify(work.Normalised.Offer);
    }

    public ReportLine Decide(RecordWork work, BatchBuilder batch)
    {
        counters.Read++;
        if (work.Item is FeedError error)
        {
            counters.Errors++;
            return new ReportLine(error.RecordNumber, error.LineNumber, null, Decisions.Error, [], null, [error.Message]);
        }
        var raw = ((RawOfferItem)work.Item).Offer;
        var sourceId = raw.SourceId ?? raw.Wire?.Id ?? "";
        var key = new MemberKey(_code, sourceId);
        known.TryGetValue(sourceId, out var stored);
        if (stored is not null)
            stored.Seen = true;
        // Unchanged is decided here, against what the run has decided so far (a record sent twice
        // in one feed: the second copy is compared with the first), whatever the batches.
        var unchanged = stored is not null && stored.Hash == work.Hash && stored.Status != IngestionStatus.Removed;
        if (work.Unchanged && !unchanged)
        {
            // Unchanged as the run started, changed by a record earlier in the feed: prepared now.
            work.Unchanged = false;
            Normalise(work, raw);
            if (work.Normalised?.Offer is { } late && work.Verification is { Decision: not VerificationDecision.Block, Fraud.Hold: false })
                work.Analysis = engine.Index.Analyse(late);
        }
        if (unchanged && stored is not null)
        {
            counters.Unchanged++;
            batch.Current.Seen.Add((_code, sourceId));
            var offerId = IngestionStatus.IsLive(stored.Status) ? engine.Index.PublishedIdOf(key) : null;
            return Line(raw, Decisions.Unchanged, [], offerId, []);
        }
        var now = engine.Time.GetUtcNow();
        var wasLive = engine.Index.Contains(key);
        var previousId = engine.Index.PublishedIdOf(key);
        string status, decision;
        IReadOnlyList<string> codes, reasons;
        NormalisedOffer? offer = work.Normalised!.Offer;
        var verification = work.Verification;
        string? publishedId = previousId;
        if (offer is null)
        {
            (status, decision) = (IngestionStatus.Rejected, Decisions.Rejected);
            codes = [.. work.Normalised.Rejections.Select(r => r.Field).Distinct()];
            reasons = [.. work.Normalised.Rejections.Select(r => r.Message)];
            counters.Rejected++;
        }
        else if (verification!.Decision == VerificationDecision.Block)
        {
            (status, decision) = (IngestionStatus.Blocked, Decisions.Block);
            codes = verification.Codes;
            reasons = [.. verification.Violations.Select(v => v.Reason)];
            counters.Blocked++;
        }
        else if (!_redistributable)
        {
            (status, decision) = (IngestionStatus.Rejected, Decisions.Withheld);
            codes = [.. verification.Codes, WithheldCode];
            reasons = [.. verification.Violations.Select(v => v.Reason), WithheldReason(_code)];
            counters.Rejected++;
        }
        else if (verification.Fraud.Hold)
        {
            (status, decision) = (IngestionStatus.Held, Decisions.Hold);
            codes = [.. verification.Codes, .. verification.Fraud.Signals.Select(s => s.Code)];
            reasons = [.. verification.Violations.Select(v => v.Reason), .. verification.Fraud.Signals.Select(s => $"Fraude présumée (score {verification.Fraud.Score}) : {s.Label}")];
            counters.Held++;
        }
        else
        {
            var result = engine.Publish(offer, batch);
            publishedId = result.PublishedId;
            if (result is { Outcome: DedupOutcome.Unique, PossibleDuplicates.Count: > 0 } && !wasLive)
            {
                // Close to a published offer (same employer, title and place, text 40–60 % alike)
                // but not enough to merge: a moderator decides. The record leaves the index as
                // soon as it joined (its new offer is created and deleted within the batch, so
                // nothing is written for it) and stays a removed member under its id, which
                // approval publishes. An update of a live record is not held again.
                engine.Unpublish(key, batch);
                (status, decision) = (IngestionStatus.Held, Decisions.Hold);
                codes = [.. verification.Codes, PossibleDuplicateCode];
                reasons = [.. verification.Violations.Select(v => v.Reason), .. result.PossibleDuplicates.Select(PossibleDuplicateReason)];
                counters.Held++;
            }
            else
            {
                var duplicate = result.Outcome == DedupOutcome.Duplicate;
                (status, decision) = duplicate ? (IngestionStatus.Duplicate, Decisions.Duplicate)
                    : verification.Decision == VerificationDecision.Warn ? (IngestionStatus.Warned, Decisions.Warn)
                    : (IngestionStatus.Published, Decisions.Publish);
                codes = verification.Codes;
                reasons = [.. verification.Violations.Select(v => v.Reason)];
                if (stored is null || stored.Status == IngestionStatus.Removed)
                    counters.Created++;
                else
                    counters.Updated++;
                if (duplicate)
                    counters.Duplicates++;
            }
        }
        var live = IngestionStatus.IsLive(status);
        if (!live && wasLive)
            engine.Unpublish(key, batch);
        DateTimeOffset? removedAt = live ? null : wasLive ? now : null;
        if (!live && !wasLive && (previousId is not null || decision == Decisions.Hold && publishedId is not null))
            removedAt = now; // Still (or now) a removed member within the window: it stays one.
        batch.AddRow(Row(raw, sourceId, offer, verification, work.Hash, publishedId, status, codes, reasons, removedAt, now), offer?.Offre, work.Analysis, verification?.Template);
        if (stored is null)
            known[sourceId] = stored = new KnownRecord(work.Hash, status, true) { Seen = true };
        (stored.Hash, stored.Status, stored.FromFeed) = (work.Hash, status, true);
        return Line(raw, decision, codes, live ? publishedId : null, reasons);
    }

    /// <summary>Code of a record withheld for want of multi-diffusion consent (docs/ingestion.md).</summary>
    public const string WithheldCode = "M01";

    private const string WithheldHashSuffix = ":M01";

    public static string WithheldReason(string sourceCode) =>
        $"Non diffusée : le partenaire {sourceCode} n'a pas consenti à la multidiffusion de ses offres ; elle est conservée et vérifiée, "
        + $"et sera publiée au premier import qui suivra son consentement (openemploi sources add {sourceCode} … --consent).";

    /// <summary>Code of a record held as a possible duplicate (docs/ingestion.md), beside R01–R13 and F01–F09.</summary>
    public const string PossibleDuplicateCode = "D01";

    private static string PossibleDuplicateReason(PossibleDuplicate p) => string.Create(CultureInfo.GetCultureInfo("fr-FR"),
        $"Doublon possible de l'offre {p.OtherPublishedId} ({p.Other.Source}/{p.Other.Id}) : même employeur, même intitulé et même lieu, texte semblable à {p.Jaccard:P0} ; à publier ou à refuser par la modération.");

    private IngestedRow Row(
        RawOffer raw, string sourceId, NormalisedOffer? offer, VerificationResult? verification, string? hash, string? publishedId,
        string status, IReadOnlyList<string> codes, IReadOnlyList<string> reasons, DateTimeOffset? removedAt, DateTimeOffset now)
    {
        if (offer is not null && !IngestionStatus.IsLive(status))
            offer.Offre.Id = publishedId ?? OffreNormaliser.UnassignedId;
        var entry = offer?.Entry;
        return new IngestedRow(_code, sourceId, publishedId, status, codes, reasons, verification?.Fraud.Score, verification?.Completeness.Total, hash,
            IngestionEngine.PosterName(offer?.Poster ?? PosterKind.Partner), offer?.Siret, entry?.AppellationCode, entry?.Departement, entry?.Region,
            raw.ValidThrough, now, now, removedAt, runId, Document: null);
    }

    private static ReportLine Line(RawOffer raw, string decision, IReadOnlyList<string> codes, string? offerId, IReadOnlyList<string> reasons) =>
        new(raw.RecordNumber, raw.LineNumber, raw.SourceId, decision, codes, offerId, reasons);
}
