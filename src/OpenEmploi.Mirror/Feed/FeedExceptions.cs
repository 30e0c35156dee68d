namespace OpenEmploi.Mirror.Feed;

/// <summary>A failure worth trying again later: the network, a 5xx, a response cut before its "fin" line, a 429.</summary>
public sealed class TransientFeedException : Exception
{
    public TransientFeedException()
    {
    }

    public TransientFeedException(string message)
        : base(message)
    {
    }

    public TransientFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TransientFeedException(string message, TimeSpan? retryAfter)
        : base(message)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>What the platform asked to wait (429 Retry-After), when it did.</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>410: the cursor is older than the change log's retention; only a new snapshot helps.</summary>
public sealed class CursorExpiredException : Exception
{
    public CursorExpiredException()
    {
    }

    public CursorExpiredException(string message)
        : base(message)
    {
    }

    public CursorExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The platform refused for a reason that waiting will not fix (bad credentials, no sync scope,
/// an invalid filter): the mirror stops and says why, with the platform's own message.
/// </summary>
public sealed class FeedRefusedException : Exception
{
    public FeedRefusedException()
    {
    }

    public FeedRefusedException(string message)
        : base(message)
    {
    }

    public FeedRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
