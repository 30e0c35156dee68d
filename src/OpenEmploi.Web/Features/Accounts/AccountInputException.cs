namespace OpenEmploi.Web.Features.Accounts;

/// <summary>What a person typed cannot be used (an e-mail address, a password): the message says what, in French.</summary>
public sealed class AccountInputException : Exception
{
    public AccountInputException()
    {
    }

    public AccountInputException(string message)
        : base(message)
    {
    }

    public AccountInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
