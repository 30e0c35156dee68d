using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Feeds.Json;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>One problem of a posted record: the field (null when the record as a whole is wrong) and a French message.</summary>
public sealed record PostedProblem(string? Field, string Message);

/// <summary>
/// One record of a posted body: its position (0 for a single offer), its reference (the wire
/// <c>id</c>, the offer's id in the employer's system) and its JSON as received, or its problems.
/// </summary>
public sealed record PostedRecord(int Index, string? Reference, string? Json, IReadOnlyList<PostedProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>A posted body: its records, or why it could not be read at all.</summary>
public sealed record PostedBody(bool IsBatch, IReadOnlyList<PostedRecord> Records, string? Error)
{
    public static PostedBody Unreadable(string error) => new(false, [], error);
}

/// <summary>
/// Checks the shape of offers posted through the API before they are stored for the pipeline:
/// one wire document (the json feed format's <see cref="Offre"/>), or an array of them. Each record
/// is read exactly as the json feed reader reads it (same deserialiser, same French messages, id and
/// title required), so that a record accepted here is one the pipeline can read. A body that is not
/// JSON at all is refused whole; a bad record in a batch is reported with its index and the others
/// stand.
/// </summary>
public static class PostedOffers
{
    public const int MaxReferenceLength = 100;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    public static PostedBody Read(ReadOnlyMemory<byte> body, int maxRecords)
    {
        var slices = new List<(int Start, int Length)>();
        bool isBatch;
        var bytes = body.Span;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[3..];
            bytes = body.Span;
        }
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
            return PostedBody.Unreadable("Corps vide : une offre (objet JSON) ou un lot d'offres (tableau JSON) est attendu.");
        try
        {
            var reader = new Utf8JsonReader(bytes, ReaderOptions);
            reader.Read();
            isBatch = reader.TokenType == JsonTokenType.StartArray;
            if (!isBatch && reader.TokenType != JsonTokenType.StartObject)
                return PostedBody.Unreadable("Le corps doit être une offre (objet JSON) ou un lot d'offres (tableau JSON).");
            if (isBatch)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    slices.Add((start, (int)reader.BytesConsumed - start));
                    if (slices.Count > maxRecords)
                        return PostedBody.Unreadable(Format($"Lot trop grand : {maxRecords} offres au plus par appel."));
                }
            }
            else
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                slices.Add((start, (int)reader.BytesConsumed - start));
            }
            // The reader refuses a second top-level value itself (a JsonException below).
            reader.Read();
        }
        catch (JsonException error)
        {
            return PostedBody.Unreadable(Format($"JSON invalide, ligne {(error.LineNumber ?? 0) + 1}, position {(error.BytePositionInLine ?? 0) + 1} : le document ne peut pas être lu."));
        }
        if (isBatch && slices.Count == 0)
            return PostedBody.Unreadable("Lot vide : au moins une offre est attendue.");
        var records = new List<PostedRecord>(slices.Count);
        for (var i = 0; i < slices.Count; i++)
            records.Add(ReadRecord(i, body.Slice(slices[i].Start, slices[i].Length), LineAt(bytes, slices[i].Start)));
        return new PostedBody(isBatch, records, null);
    }

    private static PostedRecord ReadRecord(int index, ReadOnlyMemory<byte> record, long line)
    {
        var span = record.Span;
        if (span.Length == 0 || span[0] != (byte)'{')
            return Refused(index, null, new PostedProblem(null, Format($"ligne {line} : l'enregistrement n'est pas un objet offre")));
        Offre? offre;
        try
        {
            offre = JsonSerializer.Deserialize(span, OffreJson.OffreInfo);
        }
        catch (JsonException error)
        {
            var (_, message) = WireJsonErrors.Describe(span, error, line);
            using var document = JsonDocument.Parse(record);
            var field = !document.RootElement.TryGetProperty("id", out _) ? "id"
                : error.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            return Refused(index, ReferenceOf(document.RootElement), new PostedProblem(field, message));
        }
        var raw = WireOfferMapping.ToRaw(offre!, index + 1, line);
        var problems = new List<PostedProblem>();
        if (raw.SourceId is null)
            problems.Add(new PostedProblem("id", Format($"ligne {line}, champ « id » absent ou vide")));
        else if (raw.SourceId.Length > MaxReferenceLength || raw.SourceId.Contains('/', StringComparison.Ordinal) || raw.SourceId.Any(char.IsControl))
            problems.Add(new PostedProblem("id", Format($"ligne {line}, champ « id » : {RecordProblems.Quote(raw.SourceId)} n'est pas une référence utilisable ({MaxReferenceLength} caractères au plus, sans « / »)")));
        if (raw.Title is null)
            problems.Add(new PostedProblem("intitule", Format($"ligne {line}, champ « intitule » absent ou vide")));
        return problems.Count > 0
            ? new PostedRecord(index, raw.SourceId, null, problems)
            : new PostedRecord(index, raw.SourceId, Encoding.UTF8.GetString(span), []);
    }

    private static PostedRecord Refused(int index, string? reference, PostedProblem problem) => new(index, reference, null, [problem]);

    private static string? ReferenceOf(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? FeedValues.Clean(id.GetString()) : null;

    private static long LineAt(ReadOnlySpan<byte> bytes, int offset) => 1 + bytes[..offset].Count((byte)'\n');

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
