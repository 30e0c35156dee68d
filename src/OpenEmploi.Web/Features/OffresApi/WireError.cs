using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>The offers API's own error body: `{"codeHttp": 400, "message": "..."}`.</summary>
internal sealed record WireError(
    [property: JsonPropertyName("codeHttp")] int CodeHttp,
    [property: JsonPropertyName("message")] string Message)
{
    // French messages with « » and accents travel as they are, not as \u escapes.
    private static readonly WireErrorJson Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static IResult BadRequest(string message) =>
        TypedResults.Json(new WireError(StatusCodes.Status400BadRequest, message), Json.WireError, "application/json; charset=utf-8", StatusCodes.Status400BadRequest);
}

[JsonSerializable(typeof(WireError))]
internal sealed partial class WireErrorJson : JsonSerializerContext;
