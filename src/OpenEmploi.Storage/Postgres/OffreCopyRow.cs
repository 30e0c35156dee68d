using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Postgres;

/// <summary>
/// One offer as a row of a binary COPY whose columns are <see cref="OffreSql.Columns"/>: the bulk
/// loader's COPY into offres and the ingestion writer's COPY into its staging table send the same
/// row, so a column added to offres is encoded in one place.
/// </summary>
internal static class OffreCopyRow
{
    public static async Task WriteAsync(NpgsqlBinaryImporter importer, OffreRow row, DateTimeOffset storedAt, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        await importer.WriteAsync(row.Id, NpgsqlDbType.Text, ct);
        await importer.WriteAsync(row.Source, NpgsqlDbType.Text, ct);
        await TextAsync(importer, row.SourceId, ct);
        await importer.WriteAsync(OffreRow.Published, NpgsqlDbType.Text, ct);
        await importer.WriteAsync(row.DateCreation, NpgsqlDbType.TimestampTz, ct);
        await importer.WriteAsync(row.DateActualisation, NpgsqlDbType.TimestampTz, ct);
        await TextAsync(importer, row.RomeCode, ct);
        await TextAsync(importer, row.AppellationCode, ct);
        await TextAsync(importer, row.Commune, ct);
        await TextAsync(importer, row.CodePostal, ct);
        await TextAsync(importer, row.Departement, ct);
        await TextAsync(importer, row.Region, ct);
        await TextAsync(importer, row.TypeContrat, ct);
        await TextAsync(importer, row.CodeNaf, ct);
        await importer.WriteAsync(storedAt, NpgsqlDbType.TimestampTz, ct);
        // Binary COPY sends text as its UTF-8 bytes: the stored JSON goes as it is, no string made of it.
        await importer.WriteAsync(row.Json, NpgsqlDbType.Text, ct);
    }

    /// <summary>A nullable text column: NULL rather than an empty string.</summary>
    public static Task TextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken ct) =>
        value is null ? importer.WriteNullAsync(ct) : importer.WriteAsync(value, NpgsqlDbType.Text, ct);
}
