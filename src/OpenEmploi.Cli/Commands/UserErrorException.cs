namespace OpenEmploi.Cli.Commands;

/// <summary>A mistake in what the user typed (unknown scope, unknown client id): one red line, exit code 1.</summary>
internal sealed class UserErrorException(string message) : Exception(message);
