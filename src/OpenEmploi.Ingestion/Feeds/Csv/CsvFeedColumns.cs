using System.Globalization;
using System.Text;

namespace OpenEmploi.Ingestion.Feeds.Csv;

/// <summary>The columns of a CSV feed (docs/ingestion-formats.md), in the order the writer writes them.</summary>
internal enum CsvColumn
{
    Id, Titre, Description, Entreprise, Siret, CodeNaf, CodePostal, Ville, CodeCommune, Departement, Region,
    Latitude, Longitude, Contrat, DureeTravail, Salaire, Experience, CodeRome, Url, DateCreation,
    DateActualisation, DateFin, Competences, Courriel, Telephone,
}

/// <summary>Where each known column is in a feed's header: any order, unknown columns ignored.</summary>
internal sealed class CsvFeedColumns
{
    public static readonly string[] Names =
    [
        "id", "titre", "description", "entreprise", "siret", "code_naf", "code_postal", "ville", "code_commune",
        "departement", "region", "latitude", "longitude", "contrat", "duree_travail", "salaire", "experience",
        "code_rome", "url", "date_creation", "date_actualisation", "date_fin", "competences", "courriel", "telephone",
    ];

    private readonly int[] _index;

    private CsvFeedColumns(int[] index, int count)
    {
        _index = index;
        Count = count;
    }

    /// <summary>How many fields every row must have: as many as the header.</summary>
    public int Count { get; }

    public static string Name(CsvColumn column) => Names[(int)column];

    /// <summary>The columns of a header, or a French message saying which required ones it lacks.</summary>
    public static (CsvFeedColumns? Columns, string? Missing) Resolve(IReadOnlyList<string> header)
    {
        var index = new int[Names.Length];
        Array.Fill(index, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var position = Array.IndexOf(Names, Key(header[i]));
            if (position >= 0 && index[position] < 0)
                index[position] = i;
        }
        var missing = new List<string>();
        foreach (var required in (ReadOnlySpan<CsvColumn>)[CsvColumn.Id, CsvColumn.Titre])
        {
            if (index[(int)required] < 0)
                missing.Add(string.Concat("« ", Name(required), " »"));
        }
        if (missing.Count == 0)
            return (new CsvFeedColumns(index, header.Count), null);
        return (null, string.Create(CultureInfo.InvariantCulture,
            $"colonne{(missing.Count > 1 ? "s" : "")} {string.Join(" et ", missing)} absente{(missing.Count > 1 ? "s" : "")} de l'en-tête (colonnes lues : {string.Join(", ", header)})"));
    }

    /// <summary>The value of a column in a row, trimmed; null when the column is absent or the value blank.</summary>
    public string? Get(List<string> fields, CsvColumn column)
    {
        var i = _index[(int)column];
        return i < 0 ? null : FeedValues.Clean(fields[i]);
    }

    /// <summary>« Date création », « DATE-CREATION » and « date_creation » name the same column.</summary>
    private static string Key(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            key.Append(c is ' ' or '-' ? '_' : c);
        }
        return key.ToString();
    }
}
