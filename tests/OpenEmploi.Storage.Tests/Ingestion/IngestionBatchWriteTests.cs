using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Ingestion;

/// <summary>
/// One batch holding every kind of write the importer sends, keys repeated within it included:
/// both stores (SQLite's statements one by one, PostgreSQL's set-based merges over array parameters)
/// must leave the same rows, offers, tombstones, run counters and change log.
/// </summary>
public sealed class IngestionBatchWriteTests(TestStores stores) : StoreTestBase(stores)
{
    private const string Board = "JOBSREGION";

    private static IngestedRow Row(string sourceId, string? publishedId, string status, DateTimeOffset seen, string? document) =>
        new(Board, sourceId, publishedId, status, ["R13"], ["Pas de salaire « indiqué »."], 10, 70, "h" + sourceId, "partner",
            "12345678901234", "38523", "69", "84", null, seen, seen, null, null, document);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_mixed_batch_with_repeated_keys_leaves_the_state_of_its_writes_applied_in_order(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var before = new IngestionBatch();
        before.Rows.Add(Row("A", TestOffres.Id(1), IngestionStatus.Published, Start, "{\"v\":\"A1\"}"));
        before.Rows.Add(Row("B", TestOffres.Id(2), IngestionStatus.Published, Start, "{\"v\":\"B1\"}"));
        before.Rows.Add(Row("C", TestOffres.Id(3), IngestionStatus.Published, Start, "{\"v\":\"C1\"}"));
        before.Rows.Add(Row("D", null, IngestionStatus.Held, Start, "{\"v\":\"D1\"}"));
        foreach (var n in new[] { 1, 2, 3, 4 })
            before.Upserts.Add(TestOffres.Entry(n, Board, "S" + n));
        await ingestion.ApplyBatchAsync(before);
        var gone = new IngestionBatch();
        gone.Deletions.Add(TestOffres.Id(4));
        await ingestion.ApplyBatchAsync(gone);
        var start = await store.GetLastSequenceAsync();

        Time.Advance(TimeSpan.FromHours(1));
        var now = Time.GetUtcNow();
        var run = await ingestion.StartRunAsync(Board, "flux.xml", fullFeed: true);
        var counters = new ImportCounters { Read = 7, Created = 2, Updated = 1, Deleted = 1, Duplicates = 1 };
        var batch = new IngestionBatch { RunId = run, Counters = counters };
        // A again, then E twice: the second version has no document of its own and a later sighting.
        batch.Rows.Add(Row("A", TestOffres.Id(1), IngestionStatus.Warned, now, "{\"v\":\"A2\"}"));
        batch.Rows.Add(Row("E", TestOffres.Id(5), IngestionStatus.Published, now, "{\"v\":\"E1\"}"));
        batch.Rows.Add(Row("E", TestOffres.Id(2), IngestionStatus.Duplicate, now.AddMinutes(5), null) with { Completeness = 55 });
        batch.Seen.Add((Board, "B"));
        batch.Seen.Add((Board, "B"));
        batch.Removals.Add((Board, "C"));
        batch.Renames.Add((TestOffres.Id(3), TestOffres.Id(2)));
        var elsewhere = TestOffres.Entry(3, Board, "S2");
        batch.Upserts.Add(TestOffres.Entry(2, Board, "S2") with { Departement = elsewhere.Departement, Region = elsewhere.Region });
        batch.Upserts.Add(TestOffres.Entry(5, Board, "S5"));
        batch.Upserts.Add(TestOffres.Entry(4, Board, "S4", version: 2));
        batch.Deletions.Add(TestOffres.Id(3));
        batch.Deletions.Add(TestOffres.Id(9));
        batch.PrepareUpserts();

        Assert.Equal(new BatchOutcome(2, 1, 1), await ingestion.ApplyBatchAsync(batch));

        var a = await ingestion.GetRowAsync(Board, "A");
        Assert.Equal((IngestionStatus.Warned, "{\"v\":\"A2\"}", Start, now), (a!.Status, a.Document, a.FirstSeenAt, a.LastSeenAt));
        var e = await ingestion.GetRowAsync(Board, "E");
        Assert.Equal(
            (TestOffres.Id(2), IngestionStatus.Duplicate, "{\"v\":\"E1\"}", now, now.AddMinutes(5), 55),
            (e!.PublishedId, e.Status, e.Document, e.FirstSeenAt, e.LastSeenAt, e.Completeness));
        var b = await ingestion.GetRowAsync(Board, "B");
        Assert.Equal((IngestionStatus.Published, now, (long?)run, "{\"v\":\"B1\"}"), (b!.Status, b.LastSeenAt, b.LastRunId, b.Document));
        var c = await ingestion.GetRowAsync(Board, "C");
        Assert.Equal((IngestionStatus.Removed, now, TestOffres.Id(2), Start), (c!.Status, c.RemovedAt, c.PublishedId, c.LastSeenAt));
        var d = await ingestion.GetRowAsync(Board, "D");
        Assert.Equal((IngestionStatus.Held, Start, (string?)null), (d!.Status, d.LastSeenAt, d.PublishedId));
        Assert.Equal(5, await ScalarAsync(location, "SELECT count(*) FROM ingested_offers"));

        Assert.Equal(elsewhere.Departement, (await store.GetEntryAsync(TestOffres.Id(2)))!.Departement);
        Assert.Equal("S5", (await store.GetEntryAsync(TestOffres.Id(5)))!.SourceId);
        Assert.Contains("(v2)", (await store.GetAsync(TestOffres.Id(4)))!.Intitule, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(TestOffres.Id(3)));
        Assert.Null(await store.GetTombstoneAsync(TestOffres.Id(4)));
        Assert.Null(await store.GetTombstoneAsync(TestOffres.Id(9)));
        var tombstone = await store.GetTombstoneAsync(TestOffres.Id(3));
        var three = TestOffres.Entry(3, Board);
        Assert.Equal(
            (three.Offre.RomeCode, three.Offre.LieuTravail!.Commune, three.Departement, now),
            (tombstone!.RomeCode, tombstone.Commune, tombstone.Departement, tombstone.DeletedAt));
        Assert.Equal(4, await store.CountOffersAsync());

        // One entry per offer, upserts in the batch's order then deletions, with the codes after and before.
        var two = TestOffres.Entry(2, Board);
        var five = TestOffres.Entry(5, Board);
        var four = TestOffres.Entry(4, Board);
        string[] expected =
            [
                $"{two.Id} 2 {two.Offre.RomeCode} {two.Offre.LieuTravail!.Commune} {elsewhere.Departement} {elsewhere.Region} {two.Offre.RomeCode} {two.Departement} {two.Region}",
                $"{five.Id} 1 {five.Offre.RomeCode} {five.Offre.LieuTravail!.Commune} {five.Departement} {five.Region} - - -",
                $"{four.Id} 1 {four.Offre.RomeCode} {four.Offre.LieuTravail!.Commune} {four.Departement} {four.Region} - - -",
                $"{three.Id} 3 {three.Offre.RomeCode} {three.Offre.LieuTravail!.Commune} {three.Departement} {three.Region} - - -",
            ];
        Assert.Equal(expected, await ChangesAfterAsync(location, start));
        Assert.All((await ReadAllChangesAsync(store)).Where(change => change.Sequence > start), change => Assert.Equal(now, change.At));

        var recorded = (await ingestion.ListRunsAsync(Board, 1))[0].Counters;
        Assert.Equal((7L, 2L, 1L, 1L, 1L), (recorded.Read, recorded.Created, recorded.Updated, recorded.Deleted, recorded.Duplicates));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Documents_given_as_utf8_are_stored_as_the_same_text_whatever_their_characters_and_size(StoreKind kind)
    {
        // PostgreSQL's writer sends the UTF-8 bytes as they are (bytea, made text by the server),
        // without a string in between: accents, non-Latin scripts and characters outside the BMP must come
        // back as they went, a long (compressed, TOASTed) document too, and a key repeated
        // without a document keeps the one given before it in the batch.
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        const string text = "Pâtissier·ère — « crème brûlée » 🥐 日本語 Ωμέγα";
        var short1 = $"{{\"v\":\"{text}\"}}";
        var long1 = $"{{\"v\":\"{string.Concat(Enumerable.Repeat(text + " ", 400))}\"}}";
        var batch = new IngestionBatch();
        batch.Rows.Add(Row("A", TestOffres.Id(1), IngestionStatus.Published, Start, null));
        batch.Rows.Add(Row("B", TestOffres.Id(2), IngestionStatus.Published, Start, null));
        batch.Rows.Add(Row("A", TestOffres.Id(1), IngestionStatus.Warned, Start, null));
        batch.SetDocuments([System.Text.Encoding.UTF8.GetBytes(short1), System.Text.Encoding.UTF8.GetBytes(long1), null], null, 0);
        var entry = TestOffres.Entry(1, Board, "S1");
        entry.Offre.Intitule = text;
        entry.Offre.Description = long1;
        batch.Upserts.Add(entry);
        batch.PrepareUpserts();

        await ingestion.ApplyBatchAsync(batch);

        var a = await ingestion.GetRowAsync(Board, "A");
        Assert.Equal((IngestionStatus.Warned, short1), (a!.Status, a.Document));
        Assert.Equal(long1, (await ingestion.GetRowAsync(Board, "B"))!.Document);
        var stored = await store.GetAsync(TestOffres.Id(1));
        Assert.Equal((text, long1), (stored!.Intitule, stored.Description));
        if (kind == StoreKind.Postgres)
        {
            // Migration 16: compressed with LZ4 (once, as the merge stores it).
            Assert.Equal("lz4", await TextAsync(location, "SELECT pg_column_compression(document) FROM ingested_offers WHERE source_id = 'B'"));
            Assert.Equal("lz4", await TextAsync(location, $"SELECT pg_column_compression(json) FROM offres WHERE id = '{TestOffres.Id(1)}'"));
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_failing_batch_writes_nothing_not_even_its_rows(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var first = new IngestionBatch();
        first.Upserts.Add(TestOffres.Entry(1, Board, "S1"));
        await ingestion.ApplyBatchAsync(first);
        var start = await store.GetLastSequenceAsync();

        // Offer 2 claims the board's reference of offer 1: the store's unique constraint refuses it.
        var clash = new IngestionBatch();
        clash.Rows.Add(Row("A", TestOffres.Id(2), IngestionStatus.Published, Start, "{}"));
        clash.Seen.Add((Board, "A"));
        clash.Upserts.Add(TestOffres.Entry(2, Board, "S1"));
        clash.Deletions.Add(TestOffres.Id(1));
        await Assert.ThrowsAnyAsync<DbException>(() => ingestion.ApplyBatchAsync(clash));

        Assert.Null(await ingestion.GetRowAsync(Board, "A"));
        Assert.NotNull(await store.GetAsync(TestOffres.Id(1)));
        Assert.Null(await store.GetTombstoneAsync(TestOffres.Id(1)));
        Assert.Equal(start, await store.GetLastSequenceAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Updated_offers_are_found_through_every_index_by_their_new_values_only(StoreKind kind)
    {
        // SQLite's writer leaves the indexes of source, source_id and département alone
        // when an update keeps their values: an update that changes one of them must still move
        // its entry, and one that keeps them must still write the rest of the offer.
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var first = new IngestionBatch();
        foreach (var n in new[] { 1, 2, 3, 4 })
            first.Upserts.Add(TestOffres.Entry(n, Board, "S" + n));
        first.PrepareUpserts();
        await ingestion.ApplyBatchAsync(first);

        var elsewhere = TestOffres.Entry(3, Board);
        var second = new IngestionBatch();
        second.Upserts.Add(TestOffres.Entry(1, Board, "S1", version: 2));                      // same indexed values
        second.Upserts.Add(TestOffres.Entry(2, Board, "S2", version: 2) with { Departement = elsewhere.Departement, Region = elsewhere.Region });
        second.Upserts.Add(TestOffres.Entry(4, "AUTREBOARD", "S4", version: 2));               // another source
        second.Upserts.Add(TestOffres.Entry(3, Board, null, version: 2));                      // no source reference
        second.PrepareUpserts();
        Assert.Equal(new BatchOutcome(0, 4, 0), await ingestion.ApplyBatchAsync(second));

        foreach (var n in new[] { 1, 2, 3, 4 })
            Assert.Contains("(v2)", (await store.GetAsync(TestOffres.Id(n)))!.Intitule, StringComparison.Ordinal);
        // Through each index (SQLite: INDEXED BY; PostgreSQL: no sequential scan), every offer is
        // found by the values its row holds, and by no other.
        var indexed = kind == StoreKind.Sqlite
            ? (Departement: "offres INDEXED BY offres_departement", Source: "offres INDEXED BY offres_source", Reference: "offres INDEXED BY offres_source_ref")
            : (Departement: "offres", Source: "offres", Reference: "offres");
        var sql = (string table, string where) => (kind == StoreKind.Postgres ? "/*noseq*/" : "") + $"SELECT count(*) FROM {table} WHERE {where}";
        string?[] departements = [TestOffres.Entry(1).Departement, elsewhere.Departement, elsewhere.Departement, TestOffres.Entry(4).Departement];
        foreach (var departement in departements.Append(TestOffres.Entry(2).Departement).Distinct())
        {
            Assert.Equal(
                departements.Count(d => d == departement),
                await CountAsync(location, sql(indexed.Departement, $"departement = '{departement}'")));
        }
        Assert.Equal(3, await CountAsync(location, sql(indexed.Source, $"source = '{Board}'")));
        Assert.Equal(1, await CountAsync(location, sql(indexed.Source, "source = 'AUTREBOARD'")));
        Assert.Equal(0, await CountAsync(location, sql(indexed.Reference, $"source = '{Board}' AND source_id IN ('S3', 'S4')")));
        Assert.Equal(1, await CountAsync(location, sql(indexed.Reference, "source = 'AUTREBOARD' AND source_id = 'S4'")));
        if (kind == StoreKind.Sqlite)
            Assert.Equal("ok", await SqliteTextAsync(location, "PRAGMA integrity_check"));
    }

    // On PostgreSQL the count is taken with sequential scans off, so that the planner reads an index.
    private static async Task<long> CountAsync(StoreLocation location, string sql)
    {
        if (!sql.StartsWith("/*noseq*/", StringComparison.Ordinal))
            return await ScalarAsync(location, sql);
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
            await off.ExecuteNonQueryAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string?> SqliteTextAsync(StoreLocation location, string sql)
    {
        await using var connection = new SqliteConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<string?> TextAsync(StoreLocation location, string sql)
    {
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>The change log past <paramref name="after"/>, one line per entry: id, kind, codes, old codes ("-" for none).</summary>
    private static async Task<List<string>> ChangesAfterAsync(StoreLocation location, long after)
    {
        await using DbConnection connection = location.Kind == StoreKind.Sqlite
            ? new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT offre_id, kind, rome_code, commune, departement, region, old_rome_code, old_departement, old_region "
            + $"FROM change_log WHERE sequence > {after} ORDER BY sequence";
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            lines.Add(string.Join(' ', values));
        }
        return lines;
    }
}
