using System.Text.Json;

namespace OpenEmploi.Ingestion.Feeds.JsonLd;

/// <summary>
/// Reading schema.org values the many ways publishers write them: a property holds a text, a
/// number, an object or an array of them, and an object may be a mere « @id » reference to a
/// node elsewhere in the same « @graph ».
/// </summary>
internal static class JsonLdNode
{
    public static JsonElement? Get(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>The first element of an array, or the value itself.</summary>
    public static JsonElement? First(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Array } array)
            return value;
        foreach (var item in array.EnumerateArray())
            return item;
        return null;
    }

    /// <summary>The value as one text: a string, a number's digits, an object's name or value.</summary>
    public static string? Text(JsonElement? value) => First(value) switch
    {
        { ValueKind: JsonValueKind.String } s => FeedValues.Clean(s.GetString()),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.Object } o => Text(Get(o, "name")) ?? Text(Get(o, "@value")) ?? Text(Get(o, "value")),
        _ => null,
    };

    public static string? Text(JsonElement? node, string name) => Text(Get(node, name));

    /// <summary>Every text of a value that may be an array (employmentType, skills…).</summary>
    public static IEnumerable<string> Texts(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (Text(item) is { } text)
                    yield return text;
            }
        }
        else if (Text(value) is { } text)
        {
            yield return text;
        }
    }

    /// <summary>An object, its first element when it is an array, or the node an « @id » points at.</summary>
    public static JsonElement? Resolve(JsonElement? value, IReadOnlyDictionary<string, JsonElement>? graph)
    {
        var node = First(value);
        if (node is { ValueKind: JsonValueKind.Object } o && graph is not null && o.TryGetProperty("@id", out var id)
            && id.ValueKind == JsonValueKind.String && CountProperties(o) == 1 && graph.TryGetValue(id.GetString()!, out var target))
        {
            return target;
        }
        return node;
    }

    public static bool IsType(JsonElement node, string type)
    {
        if (Get(node, "@type") is not { } value)
            return false;
        foreach (var name in Texts(value))
        {
            var local = name.AsSpan(name.LastIndexOfAny(['/', ':', '#']) + 1);
            if (local.Equals(type, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>A number written as a JSON number or as text (« 48,85 »); false with the raw text when neither.</summary>
    public static bool TryNumber(JsonElement value, out double number, out string raw)
    {
        raw = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
        if (value.ValueKind == JsonValueKind.Number)
            return value.TryGetDouble(out number);
        number = 0;
        return value.ValueKind == JsonValueKind.String && FeedValues.TryParseDouble(raw, out number);
    }

    public static bool TryDecimal(JsonElement value, out decimal number, out string raw)
    {
        raw = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
        if (value.ValueKind == JsonValueKind.Number)
            return value.TryGetDecimal(out number);
        number = 0;
        return value.ValueKind == JsonValueKind.String && FeedValues.TryParseDecimal(raw, out number);
    }

    private static int CountProperties(JsonElement o)
    {
        var count = 0;
        foreach (var _ in o.EnumerateObject())
            count++;
        return count;
    }
}
