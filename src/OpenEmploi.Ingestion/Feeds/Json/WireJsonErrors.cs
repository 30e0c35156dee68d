using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Feeds.Json;

/// <summary>
/// Turns System.Text.Json's English exception about an offer document into a French message that
/// names the field, the value and what was expected. Runs only for broken records, so it may
/// parse the record again to find the value the path points at.
/// </summary>
internal static class WireJsonErrors
{
    /// <summary>The line of the bad value and the message.</summary>
    public static (long Line, string Message) Describe(ReadOnlySpan<byte> record, JsonException error, long recordLine)
    {
        using var document = JsonDocument.Parse(record.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return (recordLine, Format($"ligne {recordLine} : l'enregistrement n'est pas un objet JSON mais {Kind(root.ValueKind)}"));
        if (!root.TryGetProperty("id", out _))
            return (recordLine, Format($"ligne {recordLine}, champ « id » absent ou vide"));

        var path = error.Path ?? "$";
        var line = LineOf(record, path, recordLine);
        var (value, type) = Find(root, path);
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        if (value is not { } found)
            return (line, Format($"ligne {line}, champ « {field} » : valeur invalide"));
        var text = found.ValueKind == JsonValueKind.String ? found.GetString() ?? "" : found.GetRawText();
        return (line, Format($"ligne {line}, champ « {field} » : {RecordProblems.Quote(text)} {Expected(type)}"));
    }

    /// <summary>
    /// The exception's own line is where the serializer stopped (often the record's end), so look
    /// for the path's property names in the record's bytes, one after the other.
    /// </summary>
    private static long LineOf(ReadOnlySpan<byte> record, string path, long recordLine)
    {
        var offset = 0;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var name = segment.IndexOf('[', StringComparison.Ordinal) is var bracket and >= 0 ? segment[..bracket] : segment;
            var at = record[offset..].IndexOf(Encoding.UTF8.GetBytes("\"" + name + "\""));
            if (at < 0)
                break;
            offset += at;
        }
        return recordLine + record[..offset].Count((byte)'\n');
    }

    /// <summary>Follows a path like « $.competences[0].libelle » in the document and in the offer's type.</summary>
    private static (JsonElement? Value, Type? Type) Find(JsonElement root, string path)
    {
        JsonElement current = root;
        Type? type = typeof(Offre);
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                var name = end < 0 ? path[(i + 1)..] : path[(i + 1)..end];
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                    return (null, null);
                type = PropertyType(type, name);
                i = end < 0 ? path.Length : end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0
                && int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                    return (null, null);
                current = current[index];
                type = type is null ? null : OffreJson.Options.GetTypeInfo(type).ElementType;
                i = close + 1;
            }
            else
            {
                return (null, null);
            }
        }
        return (current, type);
    }

    private static Type? PropertyType(Type? type, string name)
    {
        if (type is null || OffreJson.Options.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } info)
            return null;
        foreach (var property in info.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
                return property.PropertyType;
        }
        return null;
    }

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateTime))
            return "n'est pas une date ISO-8601";
        if (type == typeof(double) || type == typeof(int) || type == typeof(long) || type == typeof(decimal))
            return FeedValues.NotANumber;
        if (type == typeof(bool))
            return "n'est pas un booléen (true ou false)";
        if (type == typeof(string))
            return "n'est pas un texte";
        if (type is not null && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return "n'est pas une liste";
        return type is null ? "est invalide" : "n'est pas un objet";
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "un tableau",
        JsonValueKind.String => "un texte",
        JsonValueKind.Number => "un nombre",
        JsonValueKind.Null => "null",
        _ => "un booléen",
    };

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
