using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>The decisions of the per-record report (docs/ingestion.md).</summary>
public static class Decisions
{
    public const string Publish = "publish";
    public const string Warn = "warn";
    public const string Block = "block";
    public const string Hold = "hold";
    public const string Duplicate = "duplicate";
    public const string Error = "error";

    /// <summary>Sent again as stored: nothing re-evaluated (an addition to the list).</summary>
    public const string Unchanged = "unchanged";

    /// <summary>Not an offer (no usable place, an internship…): normalisation refused it (an addition).</summary>
    public const string Rejected = "rejected";

    /// <summary>
    /// Publishable, but its partner has not consented to multi-diffusion: kept, not published
    /// (docs/ingestion.md, "Multi-diffusion consent"); stored as rejected with code M01 (an addition).
    /// </summary>
    public const string Withheld = "withheld";
}

/// <summary>One line of the report: what became of one input record.</summary>
public sealed record ReportLine(
    long Record, long? Line, string? SourceId, string Decision, IReadOnlyList<string> Codes, string? OfferId, IReadOnlyList<string> Reasons);

/// <summary>Writes the report as JSON lines, one per input record, in feed order.</summary>
public sealed class ImportReportWriter(Stream output) : IAsyncDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = [(byte)'\n'];

    private readonly Utf8JsonWriter _writer = new(output, Options);

    public async ValueTask WriteAsync(ReportLine line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        _writer.Reset();
        _writer.WriteStartObject();
        _writer.WriteNumber("record", line.Record);
        if (line.Line is { } l)
            _writer.WriteNumber("line", l);
        else
            _writer.WriteNull("line");
        _writer.WriteString("sourceId", line.SourceId);
        _writer.WriteString("decision", line.Decision);
        _writer.WriteStartArray("codes");
        foreach (var code in line.Codes)
            _writer.WriteStringValue(code);
        _writer.WriteEndArray();
        _writer.WriteString("offerId", line.OfferId);
        _writer.WriteStartArray("reasons");
        foreach (var reason in line.Reasons)
            _writer.WriteStringValue(reason);
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        await _writer.FlushAsync(ct);
        await output.WriteAsync(NewLine, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await output.FlushAsync();
    }
}
