namespace OpenEmploi.Storage.Developers;

/// <summary>An account with this e-mail address already exists.</summary>
public sealed class DuplicateAccountException : Exception
{
    public DuplicateAccountException()
    {
    }

    public DuplicateAccountException(string message)
        : base(message)
    {
    }

    public DuplicateAccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
