using System.Data.Common;
using System.Text;

namespace OpenEmploi.Storage.Sql;

/// <summary>The sync feed's queries; a filter becomes IN lists of parameters (@fd…, @fr…, @fo…).</summary>
internal static class SyncSql
{
    /// <summary>store_metadata key of the last sequence pruned from the change log.</summary>
    public const string PrunedThroughKey = "change_log.pruned_through";

    public const string LastPrunable =
        "SELECT COALESCE(MAX(sequence), 0) FROM change_log WHERE at < @before "
        + "AND sequence < (SELECT MAX(sequence) FROM change_log)";

    public const string Prune = "DELETE FROM change_log WHERE sequence <= @through";

    public static string Offers(SyncFilter filter) =>
        "SELECT id, json FROM offres WHERE status = 'published'"
        + (filter.IsEmpty ? "" : " AND " + Match(filter, "rome_code", "departement", "region"));

    // An update concerns a filter when the offer matched it before (it leaves: a deletion there) or after.
    public static string Changes(SyncFilter filter) =>
        "SELECT c.sequence, c.offre_id, c.kind, c.at, c.rome_code, c.commune, c.departement, c.region, "
        + "o.json, o.rome_code, o.commune, o.departement, o.region "
        + "FROM change_log c LEFT JOIN offres o ON o.id = c.offre_id AND o.status = 'published' "
        + "WHERE c.sequence > @after AND c.sequence <= @head"
        + (filter.IsEmpty
            ? ""
            : $" AND ({Match(filter, "c.rome_code", "c.departement", "c.region")} "
              + $"OR (c.kind = 2 AND {Match(filter, "c.old_rome_code", "c.old_departement", "c.old_region")}))")
        + " ORDER BY c.sequence LIMIT @limit";

    public static void Bind(DbCommand command, SyncFilter filter)
    {
        Bind(command, "@fd", filter.Departements);
        Bind(command, "@fr", filter.Regions);
        Bind(command, "@fo", filter.CodesRome);
    }

    private static string Match(SyncFilter filter, string rome, string departement, string region)
    {
        var sql = new StringBuilder("(");
        Append(sql, departement, "@fd", filter.Departements.Count);
        Append(sql, region, "@fr", filter.Regions.Count);
        Append(sql, rome, "@fo", filter.CodesRome.Count);
        return sql.Append(')').ToString();
    }

    private static void Append(StringBuilder sql, string column, string prefix, int count)
    {
        if (count == 0)
            return;
        if (sql.Length > 1)
            sql.Append(" AND ");
        sql.Append(column).Append(" IN (");
        for (var i = 0; i < count; i++)
            sql.Append(i == 0 ? "" : ", ").Append(prefix).Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sql.Append(')');
    }

    private static void Bind(DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
            command.Add(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
    }
}
