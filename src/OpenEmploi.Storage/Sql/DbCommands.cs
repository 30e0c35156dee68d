using System.Data.Common;
using System.Globalization;

namespace OpenEmploi.Storage.Sql;

internal static class DbCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text comes from OffreSql and the dialects, never from input.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        return command;
    }

    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static async Task<long> ScalarInt64Async(this DbCommand command, CancellationToken ct)
    {
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Binds every offer column but id's status (a literal) under the names OffreSql uses.</summary>
    public static void BindOffre(this DbCommand command, in OffreRow row, SqlDialect dialect, DateTimeOffset storedAt)
    {
        command.Add("@id", row.Id);
        command.Add("@source", row.Source);
        command.Add("@source_id", row.SourceId);
        command.Add("@date_creation", dialect.ToDbDate(row.DateCreation));
        command.Add("@date_actualisation", dialect.ToDbDate(row.DateActualisation));
        command.Add("@rome_code", row.RomeCode);
        command.Add("@appellation_code", row.AppellationCode);
        command.Add("@commune", row.Commune);
        command.Add("@code_postal", row.CodePostal);
        command.Add("@departement", row.Departement);
        command.Add("@region", row.Region);
        command.Add("@type_contrat", row.TypeContrat);
        command.Add("@code_naf", row.CodeNaf);
        command.Add("@stored_at", dialect.ToDbTime(storedAt));
        command.Add("@json", dialect.ToDbJson(row.Json));
    }
}
