namespace OpenEmploi.Storage.Applications;

/// <summary>An application with this client id is already stored.</summary>
public sealed class DuplicateApplicationException : Exception
{
    public DuplicateApplicationException()
    {
    }

    public DuplicateApplicationException(string message)
        : base(message)
    {
    }

    public DuplicateApplicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DuplicateApplicationException(string clientId, string message)
        : base(message)
    {
        ClientId = clientId;
    }

    public string? ClientId { get; }
}
