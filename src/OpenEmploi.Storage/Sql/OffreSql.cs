using System.Globalization;

namespace OpenEmploi.Storage.Sql;

/// <summary>The SQL both providers run. Only the json value expression differs (<see cref="SqlDialect.JsonValueSql"/>).</summary>
internal static class OffreSql
{
    /// <summary>Insert order of the offer columns, shared by INSERT, UPDATE and PostgreSQL's COPY.</summary>
    public const string Columns =
        "id, source, source_id, status, date_creation, date_actualisation, rome_code, appellation_code, "
        + "commune, code_postal, departement, region, type_contrat, code_naf, stored_at, json";

    /// <summary>Whether the offer is stored, and its filter codes before an update (logged with it).</summary>
    public const string ExistingCodes = "SELECT rome_code, departement, region FROM offres WHERE id = @id";

    public const string SelectJson = "SELECT json FROM offres WHERE id = @id AND status = 'published'";

    /// <summary>PostgreSQL's form of the many-ids read: one array parameter.</summary>
    public const string SelectJsonAny = "SELECT id, json FROM offres WHERE id = ANY(@ids) AND status = 'published'";

    public const string DeleteReturning =
        "DELETE FROM offres WHERE id = @id "
        + "RETURNING rome_code, commune, departement, date_creation, date_actualisation, region";

    public const string InsertTombstone =
        "INSERT INTO tombstones (id, rome_code, commune, departement, date_creation, date_actualisation, deleted_at) "
        + "VALUES (@id, @rome_code, @commune, @departement, @date_creation, @date_actualisation, @deleted_at)";

    public const string DeleteTombstone = "DELETE FROM tombstones WHERE id = @id";

    public const string AnyTombstone = "SELECT count(*) FROM (SELECT 1 FROM tombstones LIMIT 1) AS t";

    public const string SelectTombstone =
        "SELECT id, rome_code, commune, departement, date_creation, date_actualisation, deleted_at "
        + "FROM tombstones WHERE id = @id";

    /// <summary>Every change-log row carries the offer's codes (old_*: before an update) for the sync feed's filters.</summary>
    public const string InsertChange =
        "INSERT INTO change_log (offre_id, kind, at, rome_code, commune, departement, region, old_rome_code, old_departement, old_region) "
        + "VALUES (@id, @kind, @at, @rome_code, @commune, @departement, @region, @old_rome_code, @old_departement, @old_region)";

    public static readonly string[] InsertChangeParameters =
        ["@id", "@kind", "@at", "@rome_code", "@commune", "@departement", "@region", "@old_rome_code", "@old_departement", "@old_region"];

    public const string ReadChanges =
        "SELECT sequence, offre_id, kind, at FROM change_log WHERE sequence > @after ORDER BY sequence LIMIT @limit";

    public const string LastSequence = "SELECT COALESCE(MAX(sequence), 0) FROM change_log";

    public const string FirstChangeTimeAfter = "SELECT at FROM change_log WHERE sequence > @after ORDER BY sequence LIMIT 1";

    // Both read an OffreEntry: keep the column lists in step with SqlOffreStore.ReadEntry.
    public const string StreamOffers =
        "SELECT json, source, source_id, appellation_code, departement, region FROM offres WHERE status = 'published'";

    public const string SelectEntry =
        "SELECT json, source, source_id, appellation_code, departement, region FROM offres WHERE id = @id AND status = 'published'";

    // Every stored offer is published (withdrawn ones are deleted; refused and held records live in
    // ingested_offers): counting them all lets SQLite count a small index (offres_departement)
    // instead of reading the whole table, since migration 17 dropped the index on status.
    public const string CountLive = "SELECT count(*) FROM offres";

    public const string UpsertSource =
        "INSERT INTO sources (code, nom, url, logo) VALUES (@code, @nom, @url, @logo) "
        + "ON CONFLICT (code) DO UPDATE SET nom = excluded.nom, url = excluded.url, logo = excluded.logo";

    public const string SelectSources = "SELECT code, nom, url, logo FROM sources ORDER BY code";

    public const string SelectMetadata = "SELECT value FROM store_metadata WHERE key = @key";

    public const string UpsertMetadata =
        "INSERT INTO store_metadata (key, value, updated_at) VALUES (@key, @value, @at) "
        + "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";

    public static string Insert(string jsonValue) =>
        $"INSERT INTO offres ({Columns}) VALUES (@id, @source, @source_id, '{OffreRow.Published}', @date_creation, "
        + "@date_actualisation, @rome_code, @appellation_code, @commune, @code_postal, @departement, @region, "
        + $"@type_contrat, @code_naf, @stored_at, {jsonValue})";

    /// <summary>
    /// <see cref="Update"/> without the indexed columns (source, source_id, status, departement),
    /// for an offer whose indexed values stay the same: SQLite deletes and re-inserts the entry of
    /// every index whose column is in the SET list, whatever its value, so an update naming them
    /// dirties four index pages more (random ones: the entries follow the rowid) for nothing.
    /// </summary>
    public static string UpdateContent(string jsonValue) =>
        "UPDATE offres SET date_creation = @date_creation, date_actualisation = @date_actualisation, rome_code = @rome_code, "
        + "appellation_code = @appellation_code, commune = @commune, code_postal = @code_postal, region = @region, "
        + $"type_contrat = @type_contrat, code_naf = @code_naf, stored_at = @stored_at, json = {jsonValue} WHERE id = @id";

    public static string Update(string jsonValue) =>
        $"UPDATE offres SET source = @source, source_id = @source_id, status = '{OffreRow.Published}', "
        + "date_creation = @date_creation, date_actualisation = @date_actualisation, rome_code = @rome_code, "
        + "appellation_code = @appellation_code, commune = @commune, code_postal = @code_postal, "
        + "departement = @departement, region = @region, type_contrat = @type_contrat, code_naf = @code_naf, "
        + $"stored_at = @stored_at, json = {jsonValue} WHERE id = @id";

    /// <summary>The largest id list whose IN query text is kept (an offers API page is at most 150).</summary>
    public const int CachedIdLists = 150;

    private static readonly string[] IdParameters = [.. Enumerable.Range(0, CachedIdLists).Select(NewIdParameter)];

    private static readonly string?[] SelectJsonInCache = new string?[CachedIdLists + 1];

    public static string IdParameter(int index) => index < IdParameters.Length ? IdParameters[index] : NewIdParameter(index);

    /// <summary>
    /// SQLite's form of the many-ids read: "IN (@i0, @i1, …)". Texts are kept per count, built once.
    /// (Until migration 17 dropped the index on status, "+status" had to keep the planner off it: with
    /// it, SQLite scanned every published offer, about a second per call at one million offers,
    /// instead of a primary-key lookup per id.)
    /// </summary>
    public static string SelectJsonIn(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count <= CachedIdLists && SelectJsonInCache[count] is { } cached)
            return cached;
        var names = new string[count];
        for (var i = 0; i < count; i++)
            names[i] = IdParameter(i);
        var sql = $"SELECT id, json FROM offres WHERE id IN ({string.Join(", ", names)}) AND status = 'published'";
        if (count <= CachedIdLists)
            SelectJsonInCache[count] = sql; // A race only builds the same text twice.
        return sql;
    }

    private static string NewIdParameter(int index) => string.Create(CultureInfo.InvariantCulture, $"@i{index}");
}
