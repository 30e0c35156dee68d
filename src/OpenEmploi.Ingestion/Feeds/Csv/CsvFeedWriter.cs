using System.Text;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Feeds.Csv;

/// <summary>
/// Offers as CSV with every documented column, in their documented order; a field is quoted when
/// it holds the separator, a quote or a line break (descriptions do).
/// </summary>
internal sealed class CsvFeedWriter(FeedWriterOptions options) : IFeedWriter
{
    public FeedFormat Format => FeedFormat.Csv;

    public async Task WriteAsync(IAsyncEnumerable<OffreEntry> offers, Stream feed, CancellationToken ct = default)
    {
        var separator = options.CsvSeparator;
        await using var writer = new StreamWriter(feed, new UTF8Encoding(options.Utf8Bom), 1 << 16, leaveOpen: true);
        var row = new StringBuilder(4096);
        await writer.WriteAsync(string.Join(separator, CsvFeedColumns.Names).AsMemory(), ct).ConfigureAwait(false);
        await writer.WriteAsync("\r\n".AsMemory(), ct).ConfigureAwait(false);
        var values = new string?[CsvFeedColumns.Names.Length];
        await foreach (var entry in offers.WithCancellation(ct).ConfigureAwait(false))
        {
            Fill(values, entry.Offre, options.Extras?.Invoke(entry));
            row.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                    row.Append(separator);
                Append(row, values[i], separator);
            }
            row.Append("\r\n");
            await writer.WriteAsync(row, ct).ConfigureAwait(false);
        }
        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    private static void Fill(string?[] values, Offre offre, FeedExtras? extras)
    {
        var lieu = offre.LieuTravail;
        values[(int)CsvColumn.Id] = offre.Id;
        values[(int)CsvColumn.Titre] = offre.Intitule;
        values[(int)CsvColumn.Description] = offre.Description;
        values[(int)CsvColumn.Entreprise] = offre.Entreprise?.Nom;
        values[(int)CsvColumn.Siret] = extras?.Siret;
        values[(int)CsvColumn.CodeNaf] = offre.CodeNAF;
        values[(int)CsvColumn.CodePostal] = lieu?.CodePostal;
        values[(int)CsvColumn.Ville] = WireFields.City(lieu);
        values[(int)CsvColumn.CodeCommune] = lieu?.Commune;
        values[(int)CsvColumn.Departement] = WireFields.Departement(lieu);
        values[(int)CsvColumn.Region] = WireFields.Region(lieu);
        values[(int)CsvColumn.Latitude] = lieu?.Latitude is { } latitude ? WireFields.Number(latitude) : null;
        values[(int)CsvColumn.Longitude] = lieu?.Longitude is { } longitude ? WireFields.Number(longitude) : null;
        values[(int)CsvColumn.Contrat] = WireFields.Contract(offre);
        values[(int)CsvColumn.DureeTravail] = WireFields.WorkingTime(offre);
        values[(int)CsvColumn.Salaire] = WireFields.Salary(offre);
        values[(int)CsvColumn.Experience] = WireFields.Experience(offre);
        values[(int)CsvColumn.CodeRome] = offre.RomeCode;
        values[(int)CsvColumn.Url] = WireFields.ApplyUrl(offre);
        values[(int)CsvColumn.DateCreation] = WireFields.Date(offre.DateCreation);
        values[(int)CsvColumn.DateActualisation] = WireFields.Date(offre.DateActualisation);
        values[(int)CsvColumn.DateFin] = null;
        values[(int)CsvColumn.Competences] = offre.Competences is { Count: > 0 } ? string.Join(CsvFeedReader.SkillSeparator, WireFields.Skills(offre)) : null;
        values[(int)CsvColumn.Courriel] = extras?.Contact?.Email;
        values[(int)CsvColumn.Telephone] = extras?.Contact?.Phone;
    }

    private static void Append(StringBuilder row, string? value, char separator)
    {
        if (string.IsNullOrEmpty(value))
            return;
        if (value.AsSpan().IndexOfAny(separator, '"', '\n') < 0 && value.IndexOf('\r', StringComparison.Ordinal) < 0)
        {
            row.Append(value);
            return;
        }
        row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
