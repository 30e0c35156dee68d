using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds.Json;

/// <summary>
/// The offers API's own document (<see cref="Offre"/>), as one JSON array or as JSON lines. Each
/// record is deserialised by the source-generated <see cref="OffreJson"/> straight from the read
/// buffer, then copied onto the raw fields so that the normaliser treats every format alike.
/// </summary>
internal sealed class WireJsonFeedReader : IFeedReader
{
    public FeedFormat Format => FeedFormat.Json;

    public async IAsyncEnumerable<FeedItem> ReadAsync(Stream feed, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var records = new JsonRecordStream(feed);
        var problems = new RecordProblems();
        long number = 0;
        while (true)
        {
            var step = await records.NextAsync(ct).ConfigureAwait(false);
            switch (step.Kind)
            {
                case JsonStepKind.Record:
                    yield return Read(step.Record.Span, ++number, step.Line, problems);
                    break;
                case JsonStepKind.RecordError:
                    yield return new FeedError(++number, step.Line, step.Message!);
                    break;
                case JsonStepKind.FeedError:
                    yield return new FeedError(0, step.Line, step.Message!);
                    yield break;
                default:
                    yield break;
            }
        }
    }

    private static FeedItem Read(ReadOnlySpan<byte> record, long number, long line, RecordProblems problems)
    {
        Offre? offre;
        try
        {
            offre = JsonSerializer.Deserialize(record, OffreJson.OffreInfo);
        }
        catch (JsonException error)
        {
            var (at, message) = WireJsonErrors.Describe(record, error, line);
            return new FeedError(number, at, message);
        }
        if (offre is null)
            return new FeedError(number, line, $"ligne {line} : l'enregistrement vaut « null » au lieu d'un objet offre");
        var raw = WireOfferMapping.ToRaw(offre, number, line);
        problems.Clear();
        problems.RequireIdAndTitle(raw, line, "id", "intitule");
        return problems.HasAny ? problems.ToError(number, line) : new RawOfferItem(raw);
    }
}
