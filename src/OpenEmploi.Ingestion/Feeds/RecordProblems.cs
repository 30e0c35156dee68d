using System.Globalization;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Collects what is wrong with one record while it is read, so that its one
/// <see cref="FeedError"/> says everything at once and where: a partner fixing a feed wants every
/// problem of a record, not the first one per run. One instance per feed, cleared per record.
/// </summary>
internal sealed class RecordProblems
{
    private const int MaxQuoted = 60;

    private readonly List<string> _messages = [];
    private long? _firstLine;

    public bool HasAny => _messages.Count > 0;

    public void Clear()
    {
        _messages.Clear();
        _firstLine = null;
    }

    public void Add(long line, string message)
    {
        _firstLine ??= line;
        _messages.Add(message);
    }

    /// <summary>« ligne 12, champ « dateCreation » : « 2026-13-45 » n'est pas une date ».</summary>
    public void BadValue(long line, string field, string value, string problem) =>
        Add(line, string.Create(CultureInfo.InvariantCulture, $"ligne {line}, champ « {field} » : {Quote(value)} {problem}"));

    public void Missing(long line, string field) =>
        Add(line, string.Create(CultureInfo.InvariantCulture, $"ligne {line}, champ « {field} » absent ou vide"));

    public DateTimeOffset? Date(string? text, long line, string field)
    {
        if (FeedValues.Clean(text) is not { } value)
            return null;
        if (FeedValues.TryParseDate(value, out var date))
            return date;
        BadValue(line, field, value, FeedValues.NotADate);
        return null;
    }

    public double? Double(string? text, long line, string field, double limit = double.MaxValue)
    {
        if (FeedValues.Clean(text) is not { } value)
            return null;
        if (FeedValues.TryParseDouble(value, out var number) && Math.Abs(number) <= limit)
            return number;
        BadValue(line, field, value, FeedValues.NotANumber + (limit < double.MaxValue ? $" entre -{limit} et {limit}" : ""));
        return null;
    }

    public decimal? Decimal(string? text, long line, string field)
    {
        if (FeedValues.Clean(text) is not { } value)
            return null;
        if (FeedValues.TryParseDecimal(value, out var number))
            return number;
        BadValue(line, field, value, FeedValues.NotANumber);
        return null;
    }

    /// <summary>
    /// The two fields without which a record is no offer: its id (to update or delete it in a
    /// later run) and its title.
    /// </summary>
    public void RequireIdAndTitle(RawOffer offer, long line, string idField, string titleField)
    {
        if (offer.SourceId is null)
            Missing(line, idField);
        if (offer.Title is null)
            Missing(line, titleField);
    }

    public FeedError ToError(long recordNumber, long line) =>
        new(recordNumber, _firstLine ?? line, string.Join(" ; ", _messages));

    /// <summary>A value as a message quotes it: on one line, cut when long.</summary>
    public static string Quote(string value)
    {
        var shown = value.Length > MaxQuoted ? string.Concat(value.AsSpan(0, MaxQuoted), "…") : value;
        shown = shown.ReplaceLineEndings(" ");
        return string.Concat("« ", shown, " »");
    }
}
