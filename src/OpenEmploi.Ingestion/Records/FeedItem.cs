namespace OpenEmploi.Ingestion.Records;

/// <summary>What a feed reader yields for each record: a job, or an error that does not stop the run.</summary>
public abstract record FeedItem(long RecordNumber, long? LineNumber);

public sealed record RawOfferItem(RawOffer Offer) : FeedItem(Offer.RecordNumber, Offer.LineNumber);

/// <summary>A record that could not be read, with where it is and what is wrong ("champ « title » absent").</summary>
public sealed record FeedError(long RecordNumber, long? LineNumber, string Message) : FeedItem(RecordNumber, LineNumber);
