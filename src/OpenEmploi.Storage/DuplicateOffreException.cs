namespace OpenEmploi.Storage;

/// <summary>
/// An offer id, or a (source, source id) reference, is already stored or repeated in the input.
/// </summary>
public sealed class DuplicateOffreException : Exception
{
    public DuplicateOffreException()
    {
    }

    public DuplicateOffreException(string message)
        : base(message)
    {
    }

    public DuplicateOffreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DuplicateOffreException(string offreId, long committed, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        OffreId = offreId;
        Committed = committed;
    }

    /// <summary>The offer that could not be written.</summary>
    public string? OffreId { get; }

    /// <summary>For a bulk insert: offers committed by earlier batches, which stay stored.</summary>
    public long Committed { get; }
}
