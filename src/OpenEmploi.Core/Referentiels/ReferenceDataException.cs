namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// A reference file is missing or malformed. The message reads "file:line: reason" (or
/// "file: reason" when no single line is at fault) so that start-up logs point at the fix.
/// </summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException()
        : this("?", null, "données de référence invalides")
    {
    }

    public ReferenceDataException(string message)
        : this("?", null, message)
    {
    }

    public ReferenceDataException(string message, Exception innerException)
        : this("?", null, message, innerException)
    {
    }

    public ReferenceDataException(string file, int? line, string reason, Exception? innerException = null)
        : base(line is { } l ? $"{file}:{l}: {reason}" : $"{file}: {reason}", innerException)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }

    public int? Line { get; }

    public string Reason { get; }
}
