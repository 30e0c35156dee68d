using System.Text.Json;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// The first rows of a JSON document whose root object holds an array of objects: a GeoJSON
/// FeatureCollection ("features", each row its "properties") or a Table Schema ("fields", each row
/// its scalar members). Only the file's first <see cref="MaxBytes"/> bytes are read, by a reader
/// that stops where they end, so a large file costs no more than its start.
/// </summary>
internal static class JsonArrayPreview
{
    public const int MaxBytes = 1 << 20;

    public static PreviewTable Read(string path)
    {
        var buffer = new byte[MaxBytes];
        int length;
        bool whole;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14))
        {
            length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            whole = length < buffer.Length || file.ReadByte() < 0;
        }
        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: whole, default);
        var columns = new List<string>();
        var objects = new List<Dictionary<string, string>>();
        var more = false;
        var inArray = false;
        try
        {
            while (reader.Read())
            {
                if (!inArray)
                {
                    // The root object's first member that is an array holds the rows.
                    if (reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth == 1)
                        inArray = true;
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1)
                    break;
                if (reader.TokenType != JsonTokenType.StartObject || reader.CurrentDepth != 2)
                    continue;
                if (objects.Count == ResourcePreview.MaxRows)
                {
                    more = true;
                    break;
                }
                if (!JsonDocument.TryParseValue(ref reader, out var element))
                    break; // the row runs past the bytes read
                using (element)
                    objects.Add(RowOf(element.RootElement, columns));
            }
        }
        catch (JsonException) when (!whole)
        {
            // The bytes read end inside a token: the rows before it are the preview.
            more = true;
        }
        if (!more && !whole)
            more = true;
        return new PreviewTable(columns, [.. objects.Select(o => (IReadOnlyList<string>)[.. columns.Select(c => o.GetValueOrDefault(c, ""))])], more);
    }

    private static Dictionary<string, string> RowOf(JsonElement item, List<string> columns)
    {
        // A GeoJSON feature's row is its properties, not its geometry.
        var source = item.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object ? properties : item;
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in source.EnumerateObject())
        {
            var text = member.Value.ValueKind switch
            {
                JsonValueKind.Null => "",
                JsonValueKind.String => member.Value.GetString() ?? "",
                JsonValueKind.Object or JsonValueKind.Array => member.Value.GetRawText(),
                _ => member.Value.GetRawText(),
            };
            if (!columns.Contains(member.Name))
                columns.Add(member.Name);
            row[member.Name] = ResourcePreview.Cut(text);
        }
        return row;
    }
}
