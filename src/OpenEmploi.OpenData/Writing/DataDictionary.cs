using System.Text.Encodings.Web;
using System.Text.Json;
using OpenEmploi.OpenData.Dataset;

namespace OpenEmploi.OpenData.Writing;

/// <summary>
/// dictionnaire.json: the columns as a Frictionless Table Schema (the format schema.data.gouv.fr
/// uses), so that validators read it as is: for each field its name, type, format, description,
/// example and, beyond the standard, its "nomenclature". Written from <see cref="ExportColumns"/>.
/// </summary>
public static class DataDictionary
{
    public static void Write(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("name", "offres-emploi-anonymisees");
        json.WriteString("title", "Offres d'emploi anonymisées (OpenEmploi)");
        json.WriteString("description",
            "Les offres vivantes de la base à la date de l'export, sans l'identité ni les coordonnées de l'employeur et sans ce qui, dans les textes, "
            + "désigne une personne. Fichiers : offres.csv.gz (CSV UTF-8, virgule, guillemets RFC 4180) et offres.jsonl.gz (un objet JSON par ligne, "
            + "toutes les colonnes présentes, null pour une valeur absente). Voir methodologie.md.");
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        json.WriteStartArray("fields");
        foreach (var column in ExportColumns.All)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", TypeName(column.Type));
            json.WriteString("format", column.Type == ColumnType.Date ? "%Y-%m-%d" : "default");
            json.WriteString("description", column.Meaning);
            json.WriteString("example", column.Example);
            if (column.Nomenclature is not null)
                json.WriteString("nomenclature", column.Nomenclature);
            if (column.Type == ColumnType.Booleen)
            {
                json.WriteStartArray("trueValues");
                json.WriteStringValue("true");
                json.WriteEndArray();
                json.WriteStartArray("falseValues");
                json.WriteStringValue("false");
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Texte => "string",
        ColumnType.Entier => "integer",
        ColumnType.Nombre => "number",
        ColumnType.Booleen => "boolean",
        ColumnType.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
